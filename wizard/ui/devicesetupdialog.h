// "Set up a printer, scanner or another device", opened from the ready page: a name for the device, then what the
// device asks for (server, port, user name, password), each with Copy, the password shown once, how the relay keeps
// running, and a test through the relay. It only shows the states of a DeviceSetup (wizard/core/relay/) and calls
// its slots; the relay, the keychain and the test are the core's.
#pragma once

#include "wizard/core/relay/devicesetup.h"

#include <QDialog>
#include <QMap>

class CopyableField;
class DiagnosisView;
class QFormLayout;
class QGroupBox;
class QLineEdit;
class QPushButton;
class StatusLabel;

class DeviceSetupDialog : public QDialog
{
    Q_OBJECT
public:
    // `setup` is not owned.
    explicit DeviceSetupDialog(DeviceSetup *setup, QWidget *parent = nullptr);

    DeviceSetup *setup() const { return m_setup; }
    // The value fields by key ("host", "port", "userName", "password", "sender", "fingerprint"), for tests.
    CopyableField *field(const QString &key) const { return m_fields.value(key); }

private:
    CopyableField *addField(QFormLayout *form, const QString &key, const QString &label, const QString &accessibleLabel);
    void nameEdited(const QString &name);
    void startSetup();
    void showState(DeviceSetup::State state);
    void showValues();
    QString persistenceSentence() const;

    DeviceSetup *m_setup;
    QLineEdit *m_nameEdit;
    StatusLabel *m_nameProblem;
    QPushButton *m_setUpButton;
    StatusLabel *m_status;
    DiagnosisView *m_diagnosis;
    QGroupBox *m_valuesGroup;
    QMap<QString, CopyableField *> m_fields;
    StatusLabel *m_copyStatus;
    StatusLabel *m_persistence;
    QPushButton *m_testButton;
    StatusLabel *m_testResult;
    DiagnosisView *m_testDiagnosis;  // beside the test's result, under the values that stay valid
};
