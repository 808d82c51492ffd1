// expect: the tokenizer keeps a view of its text; a temporary string would be gone at once
// The CSV tokenizer views its text: from a temporary std::string it would read freed memory.
#include <amip/io/csv.hpp>
#include <string>
std::string make();
int main() {
  amip::io::csv_diagnostics errors{"x.csv"};
#ifdef AMIP_MUST_FAIL
  amip::io::csv_tokenizer<> t{make(), ';', errors};
#else
  std::string const text = "a;b\n";
  amip::io::csv_tokenizer<> t{text, ';', errors};
#endif
  amip::io::csv_record r;
  return t.next(r) ? 0 : 1;
}
std::string make() { return "a;b\n"; }
