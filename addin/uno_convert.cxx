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

SettingsInput settings_from_args(const uno::Any& deadline, const uno::Any& holidays,
                                 const uno::Any& weekend, const uno::Any& start, Date null_date) {
    SettingsInput in;
    in.null_date = null_date;
    in.deadline = cell_from_any(deadline);
    in.holidays = cells_from_any(holidays);
    in.weekend = cell_from_any(weekend);
    in.start = cell_from_any(start);
    return in;
}

std::string id_from_any(const uno::Any& task) {
    return canonical_id(cell_text(cell_from_any(task)));
}

} // namespace retroplan::addin
