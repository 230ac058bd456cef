// RFC 4180 CSV reading: quoted fields (with "" and line breaks inside), a UTF-8 BOM,
// and the delimiter (',' ';' or tab) detected from the header line. UTF-16 and UTF-32 files
// (see encoding.hpp) are converted to UTF-8 first.
#pragma once

#include "retroplan/problem.hpp"
#include "retroplan/table.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace retroplan {

struct CsvRead {
    Table table;
    std::vector<Problem> problems;
};

char detect_delimiter(std::string_view content);

// Calls on_record(cells, record_number) for each record (1-based; the header is 1). Returns
// the problems found (an unclosed quote; bytes that are not valid text in the encoding they
// show, then without any record).
std::vector<Problem> for_each_record(std::string_view content,
                                     const std::function<void(std::vector<Cell>&, int)>& on_record);

// The whole file as a Table.
CsvRead read_csv(std::string_view content);

// A plan file straight into task inputs, record by record: no Table is built, so a
// million-row file is held once, not twice.
PlanInput read_plan_csv(std::string_view content);

// Writes one field, quoted when it holds a quote, a line break or the delimiter.
void append_csv_field(std::string& out, std::string_view field, char delimiter = ',');
// Writes one field of a ','-separated header line: quoted also when it holds any delimiter
// detect_delimiter() counts (',' ';' tab), which reads the header line only, so that a carried
// header "a;b;c;…" cannot make the file read back as ';'-separated.
void append_csv_header_field(std::string& out, std::string_view field);

} // namespace retroplan
