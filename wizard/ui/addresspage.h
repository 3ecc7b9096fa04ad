// Page 1: the e-mail address. Checks it as it is typed, and tells the kind of account before sign-in
// (AccountKindDetector: the personal domains list, then MX and OpenID discovery under a short time
// limit). The user can choose the kind when nothing says it, or when they know better; the sign-in
// has the last word.
#pragma once

#include "wizard/core/provider/accountkinddetector.h"

#include <QWizardPage>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTimer;
class SetupController;
class StatusLabel;

class AddressPage : public QWizardPage
{
    Q_OBJECT
public:
    AddressPage(SetupController *controller, QWidget *parent = nullptr);

    void setAddress(const QString &email);
    AccountKindDetector *detector() const { return m_detector; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;


private:
    void onEdited();
    void showProblem(bool evenIfIncomplete);
    void showDomainAdvice(const EmailAddress &checked);
    void detect();
    void onDetected(const AccountKindDetector::Result &result);
    void showKind(AccountKindDetector::Kind kind, AccountKindDetector::Reason reason, const QString &domain);
    int chosenKind() const;  // an AccountKind as int

    SetupController *m_controller;
    AccountKindDetector *m_detector; // the controller's
    QLineEdit *m_emailEdit;
    StatusLabel *m_problemLabel;
    StatusLabel *m_noClientIdLabel;
    StatusLabel *m_domainAdviceLabel;
    QLabel *m_kindIcon;
    StatusLabel *m_kindLabel;
    QLabel *m_kindReasonLabel;
    QGroupBox *m_kindChoice;
    QRadioButton *m_personalRadio;
    QRadioButton *m_workRadio;
    QButtonGroup *m_kindGroup;
    QTimer *m_detectTimer;
    QTimer *m_problemTimer;
    QString m_detectedAddress;  // the normalized address the shown kind belongs to
};
