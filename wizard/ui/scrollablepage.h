// A wizard page (or a dialog) whose content scrolls vertically and wraps horizontally, so it holds at 200% scaling
// and in a narrow window.
#pragma once

class QString;
class QVBoxLayout;
class QWidget;

// Puts `content` into a frameless vertical scroll area that fills `page`; `scrollAreaName` is its objectName. Gives
// the page's layout, margins 0, for what goes below the scroll area (a dialog's buttons).
QVBoxLayout *setScrollableContent(QWidget *page, QWidget *content, const QString &scrollAreaName);
