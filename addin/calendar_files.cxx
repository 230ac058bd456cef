#include "calendar_files.hxx"

#include "uno_convert.hxx"

#include <com/sun/star/frame/XTitle.hpp>
#include <osl/file.hxx>

#include <cerrno>
#include <fstream>
#include <iterator>
#include <system_error>

namespace fs = std::filesystem;

namespace retroplan::addin {

using namespace css;

namespace {

std::optional<fs::path> system_path(const OUString& url) {
    OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None)
        return std::nullopt;
    return fs::path(to_utf8(path));
}

// "file:…", "http:…": a scheme of two letters or more (so a Windows "C:" would stay a path).
bool is_url(const OUString& text) {
    const sal_Int32 colon = text.indexOf(':');
    if (colon < 2) return false;
    for (sal_Int32 i = 0; i < colon; ++i) {
        const sal_Unicode c = text[i];
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!letter && !(i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')))
            return false;
    }
    return true;
}

std::string read_whole(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

DocumentLocation document_location(const uno::Reference<frame::XModel>& model) {
    DocumentLocation out;
    const OUString url = model->getURL();
    if (!url.isEmpty()) {
        out.plan_id = to_utf8(url);
        if (const auto path =
                url.startsWithIgnoreAsciiCase("file:") ? system_path(url) : std::nullopt) {
            out.folder = path->parent_path();
            out.stem = path->stem().string();
        } else {
            out.stem = fs::path(out.plan_id).stem().string(); // a remote document: its last segment
        }
    } else {
        const uno::Reference<frame::XTitle> title(model, uno::UNO_QUERY);
        out.plan_id = title.is() ? to_utf8(title->getTitle()) : std::string();
        out.stem = fs::path(out.plan_id).stem().string(); // "Untitled 1"
    }
    if (out.stem.empty()) out.stem = "retroplan";
    return out;
}

std::optional<fs::path> local_path(const OUString& path_or_url,
                                   const std::optional<fs::path>& base) {
    if (is_url(path_or_url))
        return path_or_url.startsWithIgnoreAsciiCase("file:") ? system_path(path_or_url)
                                                              : std::nullopt;
    fs::path path(to_utf8(path_or_url));
    return path.is_relative() && base ? *base / path : path;
}

OUString file_url(const fs::path& path) {
    OUString url;
    osl::FileBase::getFileURLFromSystemPath(to_ouString(path.string()), url);
    return url;
}

std::vector<std::string> previous_calendars(const fs::path& target, bool folder) {
    std::vector<std::string> texts;
    std::error_code ec;
    if (!folder) {
        if (fs::is_regular_file(target, ec)) texts.push_back(read_whole(target));
        return texts;
    }
    for (const auto& entry : fs::directory_iterator(target, ec))
        if (entry.is_regular_file(ec) && entry.path().extension() == ".ics")
            texts.push_back(read_whole(entry.path()));
    return texts;
}

void write_calendar(const fs::path& path, const std::string& text) {
    fs::path part = path;
    part += ".part";
    {
        std::ofstream out(part, std::ios::binary | std::ios::trunc);
        if (out) out.write(text.data(), std::streamsize(text.size()));
        if (out) out.close();
        if (!out) {
            const std::error_code ec(errno ? errno : EIO, std::generic_category());
            std::error_code ignored;
            fs::remove(part, ignored);
            throw fs::filesystem_error("cannot write", path, ec);
        }
    }
    std::error_code ec;
    fs::rename(part, path, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(part, ignored);
        throw fs::filesystem_error("cannot write", path, ec);
    }
}

} // namespace retroplan::addin
