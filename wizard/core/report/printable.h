// Text from outside (a server's reply, a file name, an address as typed, a provider file's words) made safe to
// show to people. In a terminal an ESC starts a control sequence that can rewrite the screen or the window's
// title, BEL rings, NUL and CR hide what came before them; in any window bidi overrides make a line read
// differently from what it says. Such characters are written as visible escapes: ESC as "\x1B", U+202E as
// "\u202E". Everything else, non-ASCII letters included, stays as it is.
//
// For what people read: terminal output, reports, the wizard's labels. JSON and the transcript file escape in
// their own way and must stay exact.
#pragma once

#include <QString>

// Escapes C0 controls (tab and line breaks too), DEL, C1 controls, the bidi embeddings, overrides, isolates and
// marks (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), and the line and paragraph separators
// (U+2028, U+2029). The result holds nothing that a terminal or a label treats as a command.
QString printable(const QString &text);

// The same for text of several lines: keeps '\n' as a line break, and escapes everything else printable() does.
QString printableLines(const QString &text);
