#include "uno_convert.hxx"

#include "retroplan/parse.hpp"
#include "retroplan/text.hpp"

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/util/Date.hpp>
#include <rtl/string.hxx>

namespace retroplan::addin {

using namespace css;

std::string to_utf8(const OUString& s) {
    const OString u = OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(u.getStr(), std::size_t(u.getLength()));
}

OUString to_ouString(std::string_view s) {
    return OStringToOUString(OString(s.data(), sal_Int32(s.size())), RTL_TEXTENCODING_UTF8);
}

Cell cell_from_any(const uno::Any& value) {
    double d = 0;
    OUString s;
    bool b = false;
    if (value >>= d) return Cell::of_number(d);
    if (value >>= s) return s.isEmpty() ? Cell{} : Cell::of_text(to_utf8(s));
    if (value >>= b) return Cell::of_boolean(b);
    return {};
}

std::vector<Cell> cells_from_any(const uno::Any& value) {
    std::vector<Cell> out;
    uno::Sequence<uno::Sequence<uno::Any>> rows;
    if (value >>= rows) {
        for (const auto& row : rows)
            for (const auto& v : row)
                out.push_back(cell_from_any(v));
        return out;
    }
    Cell c = cell_from_any(value);
    if (!c.blank()) {
        // "2027-03-29;2027-04-05" typed in one cell is a list too.
        if (c.kind == Cell::Kind::Text && c.text.find_first_of(";,") != std::string::npos) {
            for (auto e : split_entries(c.text))
                out.push_back(Cell::of_text(std::string(e)));
        } else {
            out.push_back(std::move(c));
        }
    }
    return out;
}

Date null_date_of(const uno::Reference<beans::XPropertySet>& caller) {
    // Never guessed: a date serial means nothing without its document's null date (Calc's own
    // add-ins refuse the same way).
    util::Date nd;
    if (!caller.is() || !(caller->getPropertyValue("NullDate") >>= nd) || nd.Year == 0)
        throw uno::RuntimeException("Retroplan: the document does not say how it numbers dates "
                                    "(no NullDate)");
    return make_date(nd.Year, nd.Month, nd.Day);
}

table::CellRangeAddress address_of(const uno::Reference<table::XCellRange>& range) {
    uno::Reference<sheet::XCellRangeAddressable> addressable(range, uno::UNO_QUERY);
    if (!addressable.is())
        throw uno::RuntimeException("Retroplan: the Tasks argument is not a cell range");
    return addressable->getRangeAddress();
}

namespace {

// A one-date setting: Calc passes an empty cell as 0, and serial 0 is nobody's date.
Cell date_setting(const uno::Any& value) {
    Cell c = cell_from_any(value);
    return c.kind == Cell::Kind::Number && c.number == 0 ? Cell{} : c;
}

} // namespace

SettingsInput settings_from_args(const uno::Any& deadline, const uno::Any& holidays,
                                 const uno::Any& weekend, const uno::Any& start, Date null_date) {
    SettingsInput in;
    in.null_date = null_date;
    in.deadline = date_setting(deadline);
    in.holidays = cells_from_any(holidays);
    in.weekend = cell_from_any(weekend);
    in.start = date_setting(start);
    return in;
}

std::int32_t find_task(const IdIndex& index, const OUString& task) {
    std::string id = canonical_id(to_utf8(task));
    if (const std::int32_t i = index.find(id); i >= 0) return i;
    const auto comma = id.find(',');
    const bool decimal_comma = comma != std::string::npos && comma > 0 && comma + 1 < id.size() &&
                               id.find_first_not_of("-0123456789,") == std::string::npos &&
                               id.find(',', comma + 1) == std::string::npos;
    if (!decimal_comma) return -1;
    id[comma] = '.';
    return index.find(canonical_id(id));
}

} // namespace retroplan::addin
