#include "retroplan/csv.hpp"

#include "retroplan/encoding.hpp"

#include <algorithm>

namespace retroplan {

char detect_delimiter(std::string_view content) {
    std::size_t counts[3] = {0, 0, 0};
    bool quoted = false;
    for (char c : content) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++counts[0];
        else if (!quoted && c == ';')
            ++counts[1];
        else if (!quoted && c == '\t')
            ++counts[2];
    }
    if (counts[1] > counts[0] && counts[1] >= counts[2]) return ';';
    if (counts[2] > counts[0] && counts[2] > counts[1]) return '\t';
    return ',';
}

std::vector<Problem>
for_each_record(std::string_view content,
                const std::function<void(std::vector<Cell>&, int)>& on_record) {
    std::vector<Problem> problems;
    // UTF-16 and UTF-32 files are read as the UTF-8 text they hold.
    const Encoding encoding = detect_encoding(content);
    std::optional<std::string> converted;
    if (encoding != Encoding::Utf8) {
        converted = to_utf8(content, encoding);
        if (!converted) {
            problems.push_back(
                {.id = ProblemId::BadEncoding, .detail = std::string(encoding_name(encoding))});
            return problems;
        }
        content = *converted;
    }
    int record = 0;
    if (content.size() >= 3 && content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
    const char delim = detect_delimiter(content);
    std::vector<Cell> row;
    std::string field;
    bool field_quoted = false;
    auto end_field = [&] {
        if (field.empty() && !field_quoted)
            row.emplace_back();
        else
            row.push_back(Cell::of_text(std::move(field)));
        field.clear();
        field_quoted = false;
    };
    auto end_row = [&] {
        end_field();
        on_record(row, ++record);
        row.clear();
    };
    std::size_t i = 0;
    const std::size_t n = content.size();
    while (i < n) {
        const char c = content[i];
        if (c == '"' && field.empty() && !field_quoted) {
            // Quoted field: runs to the next lone quote.
            field_quoted = true;
            ++i;
            for (;;) {
                const std::size_t q = content.find('"', i);
                if (q == std::string_view::npos) {
                    field.append(content.substr(i));
                    problems.push_back({.id = ProblemId::BadCsv,
                                        .row = record + 1,
                                        .value = std::string(content.substr(i, 40))});
                    i = n;
                    break;
                }
                field.append(content.substr(i, q - i));
                if (q + 1 < n && content[q + 1] == '"') {
                    field += '"';
                    i = q + 2;
                } else {
                    i = q + 1;
                    break;
                }
            }
            continue;
        }
        if (c == delim) {
            end_field();
            ++i;
        } else if (c == '\r' || c == '\n') {
            end_row();
            i += (c == '\r' && i + 1 < n && content[i + 1] == '\n') ? 2 : 1;
        } else {
            // Unquoted run up to the next special character, appended at once.
            std::size_t j = i;
            while (j < n && content[j] != delim && content[j] != '\r' && content[j] != '\n')
                ++j;
            field.append(content.substr(i, j - i));
            i = j;
        }
    }
    if (!field.empty() || field_quoted || !row.empty()) end_row();
    return problems;
}

CsvRead read_csv(std::string_view content) {
    CsvRead out;
    out.problems = for_each_record(
        content, [&](std::vector<Cell>& row, int) { out.table.rows.push_back(std::move(row)); });
    return out;
}

PlanInput read_plan_csv(std::string_view content) {
    TableReader reader;
    reader.reserve(std::size_t(std::count(content.begin(), content.end(), '\n')));
    bool first = true;
    auto problems = for_each_record(content, [&](std::vector<Cell>& row, int number) {
        if (first)
            reader.header(row, number);
        else
            reader.row(row, number);
        first = false;
    });
    // No record at all and a problem: the file is not text in any encoding Retroplan reads,
    // which says more than "no task".
    PlanInput plan = first && !problems.empty() ? PlanInput{} : reader.finish();
    plan.problems.insert(plan.problems.begin(), problems.begin(), problems.end());
    return plan;
}

namespace {

void append_quoted_if(std::string& out, std::string_view field, std::string_view specials) {
    if (field.find_first_of(specials) == std::string_view::npos) {
        out.append(field);
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

} // namespace

void append_csv_field(std::string& out, std::string_view field, char delimiter) {
    const char specials[] = {'"', '\n', '\r', delimiter};
    append_quoted_if(out, field, std::string_view(specials, sizeof specials));
}

void append_csv_header_field(std::string& out, std::string_view field) {
    // Any delimiter detect_delimiter() counts is quoted, not only ',': a header "a;b;c;…" would
    // otherwise make the file read back as ';'-separated.
    append_quoted_if(out, field, "\"\n\r,;\t");
}

} // namespace retroplan
