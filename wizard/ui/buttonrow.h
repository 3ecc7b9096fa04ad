// A row of buttons that stacks them one under the other when the window is too narrow for the row,
// so that no button is cut off at 200% scaling or in a narrow window. It holds other widgets the same way (the ready
// page's incoming and outgoing settings side by side where they fit).
#pragma once

#include <QWidget>

class QAbstractButton;
class QBoxLayout;

class ButtonRow : public QWidget
{
    Q_OBJECT
public:
    explicit ButtonRow(QWidget *parent = nullptr);

    void addButton(QAbstractButton *button);
    // A widget that shares the row's width with the others of its stretch, side by side or stacked.
    void addWidget(QWidget *widget, int stretch = 1);
    // Space that pushes the buttons after it to the right (when in a row).
    void addStretch();
    // Puts these buttons in this order, then the stretch; buttons added before and not named are hidden.
    void setButtons(const QList<QAbstractButton *> &buttons);

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void arrange(int width);

    QBoxLayout *m_layout;
    bool m_stretchLast = false;
};
