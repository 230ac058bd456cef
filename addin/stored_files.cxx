#include "stored_files.hxx"

#include "calendar_files.hxx"

#include <com/sun/star/frame/XStorable.hpp>

#include <algorithm>
#include <cerrno>
#include <fstream>

namespace fs = std::filesystem;

namespace retroplan::addin {

using namespace css;

beans::PropertyValue property(const char* name, const uno::Any& value) {
    beans::PropertyValue p;
    p.Name = ::rtl::OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

uno::Sequence<beans::PropertyValue> properties(std::initializer_list<beans::PropertyValue> list) {
    uno::Sequence<beans::PropertyValue> out(sal_Int32(list.size()));
    std::copy(list.begin(), list.end(), out.getArray());
    return out;
}

void store_to_file(const uno::Reference<frame::XModel>& model, const fs::path& path,
                   const uno::Sequence<beans::PropertyValue>& arguments) {
    fs::path part = path;
    part += ".part";
    std::error_code ignored;
    {
        // The office reports any failure as an I/O error: try the file first for the reason.
        errno = 0;
        std::ofstream probe(part, std::ios::binary | std::ios::trunc);
        if (!probe)
            throw fs::filesystem_error(
                "cannot write", path,
                std::error_code(errno ? errno : EIO, std::generic_category()));
    }
    try {
        uno::Reference<frame::XStorable>(model, uno::UNO_QUERY_THROW)
            ->storeToURL(file_url(part), arguments);
    } catch (const uno::Exception&) {
        fs::remove(part, ignored);
        throw fs::filesystem_error("cannot write", path, std::make_error_code(std::errc::io_error));
    }
    std::error_code ec;
    fs::rename(part, path, ec);
    if (ec) {
        fs::remove(part, ignored);
        throw fs::filesystem_error("cannot write", path, ec);
    }
}

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    return fs::equivalent(a, b, ec);
}

} // namespace retroplan::addin
