// A wizard page whose content scrolls vertically and wraps horizontally, so it holds at 200% scaling
// and in a narrow window.
#pragma once

class QString;
class QWidget;

// Puts `content` into a frameless vertical scroll area that fills `page`; `scrollAreaName` is its objectName.
void setScrollableContent(QWidget *page, QWidget *content, const QString &scrollAreaName);
