// "Export timeline as PDF…" (org.retroplan.command:ExportPdf): the timeline sheet alone, as its
// page style prints it, to a PDF file. Where: the dispatch argument Path (a path or a file URL,
// relative to the document's folder); else, in a window, a save dialog proposing
// "<document>-timeline.pdf" next to the document; else (headless) that file. Without a timeline
// sheet it says to rebuild first: exporting must not change the document, and a rebuild would.
// The document is not changed: only RetroplanStatus, without marking it modified.
#include "commands.hxx"

#include "calendar_files.hxx"
#include "retroplan_sheet.hxx"
#include "save_dialog.hxx"
#include "stored_files.hxx"
#include "uno_convert.hxx"

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace fs = std::filesystem;

namespace retroplan::addin {

using namespace css;

namespace {} // namespace

CommandResult run_export_pdf(const CommandCall& call) {
    const EnFr w(call.lang);
    const uno::Reference<sheet::XSpreadsheetDocument> doc(call.model, uno::UNO_QUERY);
    const uno::Reference<sheet::XSpreadsheet> timeline =
        doc.is() ? find_timeline_sheet(doc->getSheets()) : nullptr;
    if (!timeline.is())
        return export_result(false,
                             w("There is no timeline to export yet: draw it with Retroplan \u25B8 "
                               "Rebuild retroplan, then export it.",
                               "Il n'y a pas encore de planning à exporter : dessinez-le avec "
                               "Rétroplanning \u25B8 Reconstruire le rétroplanning, puis "
                               "exportez-le."));

    const DocumentLocation where = document_location(call.model);
    const std::string file_name = where.stem + "-timeline.pdf";
    fs::path target;
    if (const auto given = call.text_argument("Path")) {
        const auto local = local_path(*given, where.folder);
        if (!local)
            return export_result(false,
                                 to_utf8(*given) + w(": the PDF is written to local files only.",
                                                     " : le PDF s'écrit dans un fichier local."));
        target = *local;
    } else if (call.interactive) {
        const auto picked =
            ask_save_path(call.context, w("Export timeline as PDF", "Exporter le planning en PDF"),
                          {{"PDF (*.pdf)", "pdf"}}, where.folder, file_name);
        if (!picked) return export_result(true, w("PDF export cancelled.", "Export PDF annulé."));
        target = *picked;
    } else if (where.folder) {
        target = *where.folder / file_name;
    } else {
        return export_result(false,
                             w("The document is not saved in a local folder: give the PDF's Path.",
                               "Le classeur n'est pas enregistré dans un dossier local : indiquez "
                               "le chemin (Path) du PDF."));
    }

    // The PDF filter renders what FilterData's Selection names: the sheet alone, page by page
    // as its page style and print ranges lay it out.
    const uno::Sequence<beans::PropertyValue> filter_data =
        properties({property("Selection", uno::Any(timeline))});
    const uno::Sequence<beans::PropertyValue> arguments =
        properties({property("FilterName", uno::Any(OUString("calc_pdf_Export"))),
                    property("FilterData", uno::Any(filter_data))});
    try {
        store_to_file(call.model, target, arguments);
    } catch (const fs::filesystem_error& e) {
        return export_result(false, w("The PDF was not written: ", "Le PDF n'a pas été écrit : ") +
                                        e.path1().string() + " (" + e.code().message() + ")");
    }
    const std::string sheet =
        to_utf8(uno::Reference<container::XNamed>(timeline, uno::UNO_QUERY_THROW)->getName());
    return export_result(true, "OK: " + w("the sheet ", "la feuille ") + sheet +
                                   w(" written to ", " écrite dans ") + target.string());
}

} // namespace retroplan::addin
