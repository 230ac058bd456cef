#include "document_plan.hxx"

#include "uno_convert.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>

#include <algorithm>

namespace retroplan::addin {

using namespace css;

DocumentPlan read_document_plan(const uno::Reference<frame::XModel>& model) {
    DocumentPlan out;
    out.doc.set(model, uno::UNO_QUERY);
    if (!out.doc.is()) return out;
    out.null_date = null_date_of(uno::Reference<beans::XPropertySet>(model, uno::UNO_QUERY));
    out.tasks = find_task_sheet(out.doc, model);
    if (!out.tasks.sheet.is()) {
        out.plan.problems.push_back({.id = ProblemId::NoTable});
        return out;
    }
    table::CellRangeAddress table;
    table.Sheet = -1;
    out.plan = prepare_rebuild(read_rebuild_input(out.doc, out.tasks, out.null_date, &table));
    if (table.Sheet >= 0) out.table = table;
    return out;
}

std::optional<std::string> unusable_plan_message(const DocumentPlan& document,
                                                 std::string_view headline, Lang lang,
                                                 WithCode with_code) {
    if (!document.doc.is())
        return std::string(lang == Lang::Fr ? "Retroplan ne fonctionne que dans un classeur."
                                            : "Retroplan works on spreadsheets only.");
    const auto& problems = document.plan.problems;
    if (problems.empty()) return std::nullopt;
    std::string text(headline);
    if (!document.tasks.sheet.is())
        text.append(lang == Lang::Fr
                        ? "Aucune feuille ne contient de tableau de tâches (Retroplan ne lit "
                          "jamais une feuille qu'il a écrite)."
                        : "No sheet holds a task table (Retroplan never reads a sheet it "
                          "wrote).");
    const std::size_t shown = std::min<std::size_t>(problems.size(), 10);
    for (std::size_t i = 0; i < shown; ++i)
        text.append("\n").append(format_problem(problems[i], lang, with_code));
    if (problems.size() > shown)
        text.append("\n(+").append(std::to_string(problems.size() - shown)).append(")");
    return text;
}

} // namespace retroplan::addin
