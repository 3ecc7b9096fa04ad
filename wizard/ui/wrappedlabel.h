// A label for sentences: plain text (never rich text), wrapped to the width it gets, selectable with the
// mouse so that a user can copy what it says.
#pragma once

#include <QLabel>

class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedLabel(const QString &text = {}, QWidget *parent = nullptr);
    explicit WrappedLabel(QWidget *parent) : WrappedLabel(QString(), parent) { }
};
