// "Save a copy for sharing…" (org.retroplan.command:ShareCopy): a copy of the workbook that reads
// the same for people without Retroplan (or in Excel): every RETRO_* formula replaced by its value
// (frozen_copy.hxx), the timeline and everything else kept. The format follows the file's
// extension: .ods or .xlsx. Where: the dispatch argument Path (a path or a file URL, relative to
// the document's folder); else, in a window, a save dialog proposing "<document>-shared.ods" next
// to the document; else (headless) that file. The original is not touched: the copy is stored,
// reopened hidden, frozen and saved under the target name; only RetroplanStatus is written, without
// marking the document modified.
#include "commands.hxx"

#include "calendar_files.hxx"
#include "frozen_copy.hxx"
#include "save_dialog.hxx"
#include "stored_files.hxx"
#include "uno_convert.hxx"

#include "retroplan/text.hpp"

#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>

namespace fs = std::filesystem;

namespace retroplan::addin {

using namespace css;

namespace {

// The office's export filter for a file name's extension; nullptr for another one.
const char* filter_for(const fs::path& path) {
    const std::string e = fold(path.extension().string());
    if (e == ".ods") return "calc8";
    if (e == ".xlsx") return "Calc MS Excel 2007 XML";
    return nullptr;
}

// A document opened hidden for the time of the copy, closed whatever happens.
class HiddenDocument {
  public:
    HiddenDocument(const uno::Reference<uno::XComponentContext>& context, const fs::path& path) {
        const uno::Sequence<beans::PropertyValue> args = properties(
            {property("Hidden", uno::Any(true)),
             property("MacroExecutionMode", uno::Any(document::MacroExecMode::NEVER_EXECUTE)),
             property("UpdateDocMode", uno::Any(document::UpdateDocMode::NO_UPDATE))});
        model_.set(frame::Desktop::create(context)->loadComponentFromURL(file_url(path), "_blank",
                                                                         0, args),
                   uno::UNO_QUERY_THROW);
    }
    ~HiddenDocument() {
        try {
            uno::Reference<util::XCloseable>(model_, uno::UNO_QUERY_THROW)->close(true);
        } catch (...) {
        }
    }
    HiddenDocument(const HiddenDocument&) = delete;
    HiddenDocument& operator=(const HiddenDocument&) = delete;
    const uno::Reference<frame::XModel>& model() const { return model_; }

  private:
    uno::Reference<frame::XModel> model_;
};

// Removes a file when it goes out of scope.
struct TemporaryFile {
    fs::path path;
    ~TemporaryFile() {
        std::error_code ignored;
        fs::remove(path, ignored);
    }
};

} // namespace

CommandResult run_share_copy(const CommandCall& call) {
    const EnFr w(call.lang);
    if (!uno::Reference<sheet::XSpreadsheetDocument>(call.model, uno::UNO_QUERY).is())
        return export_result(false,
                             w("Save a copy for sharing works on a spreadsheet.",
                               "Enregistrer une copie à partager fonctionne sur un classeur."));
    const DocumentLocation where = document_location(call.model);
    const std::string file_name = where.stem + "-shared.ods";
    fs::path target;
    if (const auto given = call.text_argument("Path")) {
        const auto local = local_path(*given, where.folder);
        if (!local)
            return export_result(false,
                                 to_utf8(*given) + w(": the copy is written to local files only.",
                                                     " : la copie s'écrit dans un fichier local."));
        target = *local;
    } else if (call.interactive) {
        const auto picked = ask_save_path(
            call.context, w("Save a copy for sharing", "Enregistrer une copie à partager"),
            {{w("ODF Spreadsheet (*.ods)", "Classeur ODF (*.ods)"), "ods"},
             {w("Excel 2007-365 (*.xlsx)", "Excel 2007-365 (*.xlsx)"), "xlsx"}},
            where.folder, file_name);
        if (!picked)
            return export_result(true,
                                 w("Copy for sharing cancelled.", "Copie à partager annulée."));
        target = *picked;
    } else if (where.folder) {
        target = *where.folder / file_name;
    } else {
        return export_result(false,
                             w("The document is not saved in a local folder: give the copy's Path.",
                               "Le classeur n'est pas enregistré dans un dossier local : indiquez "
                               "le chemin (Path) de la copie."));
    }
    const char* filter = filter_for(target);
    if (!filter)
        return export_result(false,
                             target.string() + w(": give a .ods or .xlsx file name.",
                                                 " : donnez un nom de fichier en .ods ou .xlsx."));
    const OUString url = call.model->getURL();
    if (url.startsWithIgnoreAsciiCase("file:")) {
        if (const auto self = local_path(url, std::nullopt); self && same_file(*self, target))
            return export_result(false,
                                 w("The copy would replace the workbook itself: choose another "
                                   "name.",
                                   "La copie remplacerait le classeur lui-même : choisissez un "
                                   "autre nom."));
    }

    std::size_t frozen = 0;
    try {
        // The workbook as it is now (saved or not), as ODF next to the target, reopened hidden.
        TemporaryFile source{target};
        source.path += ".source.ods";
        store_to_file(call.model, source.path,
                      properties({property("FilterName", uno::Any(OUString("calc8")))}));
        const HiddenDocument copy(call.context, source.path);
        frozen = freeze_retroplan_formulas(
            uno::Reference<sheet::XSpreadsheetDocument>(copy.model(), uno::UNO_QUERY_THROW));
        store_to_file(
            copy.model(), target,
            properties({property("FilterName", uno::Any(OUString::createFromAscii(filter)))}));
    } catch (const fs::filesystem_error& e) {
        return export_result(false,
                             w("The copy was not written: ", "La copie n'a pas été écrite : ") +
                                 target.string() + " (" + e.code().message() + ")");
    } catch (const uno::Exception& e) {
        return export_result(false,
                             w("The copy was not written: ", "La copie n'a pas été écrite : ") +
                                 target.string() + " (" + to_utf8(e.Message) + ")");
    }
    return export_result(true, "OK: " + w("copy written to ", "copie écrite dans ") +
                                   target.string() + "; " + std::to_string(frozen) +
                                   w(" Retroplan cells replaced by their values",
                                     " cellules Retroplan remplacées par leur valeur"));
}

} // namespace retroplan::addin
