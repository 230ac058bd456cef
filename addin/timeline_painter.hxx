// Writes the Retroplan sheet with as few undo actions as it can: every call on a range is an undo
// action that keeps a copy of the sheet's formatting, so formatting that repeats (a bar per task)
// is gathered and set with one call per property and value over all its ranges (apply); values
// go cell by cell, because of a LibreOffice 7.4 undo bug (see put).
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <rtl/ustring.hxx>

#include <string_view>
#include <vector>

namespace retroplan::addin {

// A part of a cell's text in its own color (the legend's swatches).
struct TextRun {
    std::string_view text;
    sal_Int32 color = -1; // -1: the cell's
};

class Painter {
  public:
    Painter(css::uno::Reference<css::sheet::XSpreadsheet> sheet,
            css::uno::Reference<css::lang::XMultiServiceFactory> document);

    css::uno::Reference<css::beans::XPropertySet> range(sal_Int32 c0, sal_Int32 r0, sal_Int32 c1,
                                                        sal_Int32 r1) const;
    // One property on one range, now (an undo action: for what does not repeat).
    void set(sal_Int32 c0, sal_Int32 r0, sal_Int32 c1, sal_Int32 r1, const char* property,
             const css::uno::Any& value) const;

    // Gathered until apply(): one call per property and value over all its ranges, in the order
    // first gathered (where two gathered ranges overlap, the later group wins: gather in that
    // order).
    void gather(const char* property, const css::uno::Any& value, sal_Int32 c0, sal_Int32 r0,
                sal_Int32 c1, sal_Int32 r1);
    void fill(sal_Int32 c0, sal_Int32 r0, sal_Int32 c1, sal_Int32 r1, sal_Int32 color) {
        gather("CellBackColor", css::uno::Any(color), c0, r0, c1, r1);
    }
    void apply();

    // Values, cell by cell (see the .cxx); empty text is skipped: the sheet was cleared first.
    void text(sal_Int32 c, sal_Int32 r, std::string_view s) const;
    void number(sal_Int32 c, sal_Int32 r, double v) const;
    void formula(sal_Int32 c, sal_Int32 r, const ::rtl::OUString& f) const;
    void runs(sal_Int32 c, sal_Int32 r, const std::vector<TextRun>& parts) const;
    void comment(sal_Int32 c, sal_Int32 r, std::string_view s) const;

    sal_Int16 tab() const { return tab_; }

  private:
    struct Group {
        ::rtl::OUString property;
        css::uno::Any value;
        std::vector<css::table::CellRangeAddress> ranges;
    };

    css::uno::Reference<css::sheet::XSpreadsheet> sheet_;
    css::uno::Reference<css::lang::XMultiServiceFactory> document_;
    sal_Int16 tab_;
    std::vector<Group> groups_;
};

} // namespace retroplan::addin
