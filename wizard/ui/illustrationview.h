// Draws an SVG illustration as large as the space allows, never distorted and never larger than its own
// size (in device-independent pixels, so sharp at 200% scaling), shrinking with a narrow window.
#pragma once

#include <QWidget>

class QSvgRenderer;

class IllustrationView : public QWidget
{
    Q_OBJECT
public:
    explicit IllustrationView(const QString &fileName, QWidget *parent = nullptr);

    bool isValid() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSvgRenderer *m_renderer;
};
