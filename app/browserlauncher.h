// Opens an address in the user's default browser from the command line, where no GUI toolkit runs.
#pragma once

#include <QUrl>

// True if a browser was started; the caller prints the address either way, for copying.
bool openInBrowser(const QUrl &url);
