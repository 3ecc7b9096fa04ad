// Whether a value a person copies into a device or a mail app can be read whole where it is shown (the ready page,
// the device setup window): at the window's size, at 200%, in a narrow window. Shared by tst_accessibility and
// tst_devicesetupdialog.
#pragma once

#include <QStringList>
#include <utility>

class CopyableField;
class QWidget;

// The columns of `widget`'s window in which `widget` can be seen: its parents (a scroll area's viewport) clip it.
std::pair<int, int> visibleColumns(const QWidget *widget);

// What hides part of the field's value: a line below the box's height (it would scroll down), text past its right
// edge, more lines than the box is high, or the box pushed off the side of the window. Empty when the value is whole.
QStringList cutParts(const CopyableField *field);
// The field's lines as its box lays them out now.
int shownLines(const CopyableField *field);
