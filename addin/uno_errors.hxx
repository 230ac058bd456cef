// The one translator at the UNO boundary: every UNO method runs its body through guarded().
// Bad user input -> IllegalArgumentException (the cell shows Err:502); anything else ->
// RuntimeException with a message (#VALUE!). No other exception can leave the add-in.
#pragma once

#include "uno_convert.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <rtl/ustring.hxx>

#include <exception>
#include <new>
#include <stdexcept>
#include <string>

namespace retroplan::addin {

using ::rtl::OString;
using ::rtl::OUString;

// Thrown by the add-in's own code for bad input; becomes IllegalArgumentException.
struct BadInput : std::runtime_error {
    using std::runtime_error::runtime_error;
};

template <class F> auto guarded(const char* what, F&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const css::lang::IllegalArgumentException&) {
        throw;
    } catch (const css::uno::RuntimeException&) {
        throw;
    } catch (const BadInput& e) {
        throw css::lang::IllegalArgumentException(to_ouString(e.what()), nullptr, 0);
    } catch (const css::uno::Exception& e) {
        throw css::uno::RuntimeException(OUString::createFromAscii(what) + ": " + e.Message);
    } catch (const std::bad_alloc&) {
        throw css::uno::RuntimeException(OUString::createFromAscii(what) + ": out of memory");
    } catch (const std::exception& e) {
        throw css::uno::RuntimeException(OUString::createFromAscii(what) + ": " +
                                         to_ouString(e.what()));
    } catch (...) {
        throw css::uno::RuntimeException(OUString::createFromAscii(what) + ": unexpected error");
    }
}

} // namespace retroplan::addin
