// `costlint frontier --format html`: the SVG and the table in one standalone
// page, with nothing fetched and no script.

#include <string>

#include <llvm/Support/raw_ostream.h>

#include "reporters/frontier_report.h"
#include "reporters/markup.h"

namespace costlint {

void report_frontier_html(const CheckRun& run, llvm::raw_ostream& out) {
  std::string svg, table;
  llvm::raw_string_ostream svg_out(svg), table_out(table);
  report_frontier_svg(run, svg_out);
  report_frontier_text(run, table_out);
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<title>costlint frontier</title>\n"
         "<style>body{font-family:sans-serif;margin:2em}pre{font-size:12px}</style>\n"
         "</head>\n<body>\n<h1>Pareto placement</h1>\n"
      << svg_out.str() << "<pre>" << html_escape(table_out.str()) << "</pre>\n</body>\n</html>\n";
}

}  // namespace costlint
