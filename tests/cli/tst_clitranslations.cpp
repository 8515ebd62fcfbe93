// The real binary speaks the language of the environment (LANG, LC_ALL, LC_MESSAGES, LANGUAGE),
// without any locale generated on the system: Qt reads the variables itself.
#include <QProcess>
#include <QTest>

namespace
{
struct Run
{
    int code = -1;
    QString err;
};
} // namespace

class TestCliTranslations : public QObject
{
    Q_OBJECT

private:
    QString m_bin;

    // `verify` with a key file that does not exist: a usage error naming the file.
    Run run(const QList<QPair<QString, QString>>& variables)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"}) {
            env.remove(QString::fromLatin1(name));
        }
        for (const auto& [name, value] : variables) {
            env.insert(name, value);
        }
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(m_bin,
                      {QStringLiteral("verify"), QStringLiteral("aGVhZA.Ym9keQ.c2ln"), QStringLiteral("--key-file"),
                       QStringLiteral("/nonexistent/key.pem")});
        process.closeWriteChannel();
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        m_bin = qEnvironmentVariable("CAS_CONSOLE_BIN");
        QVERIFY2(QFileInfo::exists(m_bin), "CAS_CONSOLE_BIN must name the built cas-console");
    }

    void language_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no locale") << QString() << QString() << "/nonexistent/key.pem does not exist";
        QTest::newRow("LANG=C.UTF-8") << "LANG"
                                      << "C.UTF-8"
                                      << "/nonexistent/key.pem does not exist";
        QTest::newRow("LANG=en_US.UTF-8") << "LANG"
                                          << "en_US.UTF-8"
                                          << "/nonexistent/key.pem does not exist";
        QTest::newRow("LANG=de_DE.UTF-8") << "LANG"
                                          << "de_DE.UTF-8"
                                          << "/nonexistent/key.pem gibt es nicht";
        QTest::newRow("LC_MESSAGES=de_CH.UTF-8") << "LC_MESSAGES"
                                                 << "de_CH.UTF-8"
                                                 << "/nonexistent/key.pem gibt es nicht";
        QTest::newRow("LANG=fr_FR.UTF-8") << "LANG"
                                          << "fr_FR.UTF-8"
                                          << "/nonexistent/key.pem n’existe pas";
        QTest::newRow("LC_ALL=fr_CA.UTF-8") << "LC_ALL"
                                            << "fr_CA.UTF-8"
                                            << "/nonexistent/key.pem n’existe pas";
    }

    void language()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QList<QPair<QString, QString>> variables;
        if (!name.isEmpty()) {
            variables.append({name, value});
        }
        const Run r = run(variables);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void lcAllWinsOverLang()
    {
        const Run r = run({{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}, {QStringLiteral("LC_ALL"), QStringLiteral("C")}});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("does not exist")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliTranslations)
#include "tst_clitranslations.moc"
