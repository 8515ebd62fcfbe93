#pragma once

#include <QString>

/// The modules of a split build (the window, the keychain) live in the same directory as
/// libcasconsole_core.so: next to it in the build tree, in lib/<multiarch>/cas-console installed.
namespace PrivateModule
{
/// dlopen of fileName from core's own directory, by full path (a sanitizer that intercepts dlopen
/// would otherwise make its own RUNPATH the one searched). Null with *error set when it fails.
void* open(const char* fileName, QString* error);
/// open() and the address of its function named symbol (the module's one entry); null with
/// *error saying why when either fails.
void* entry(const char* fileName, const char* symbol, QString* error);
} // namespace PrivateModule
