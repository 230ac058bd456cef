#include "uno_errors.hxx"

#include <rtl/string.hxx>

namespace retroplan::addin {

OUString to_ouString_lossy(const std::string& s) {
    return OStringToOUString(OString(s.data(), sal_Int32(s.size())), RTL_TEXTENCODING_UTF8);
}

} // namespace retroplan::addin
