#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

// The French file is what caseworkers read: every string of the product must be translated in
// the same change that adds it, with the same placeholders. The English file needs only the
// plural forms (its other strings are the sources themselves).
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString source;
        QStringList translations; // one per plural form, or one
        bool unfinished = false;
        bool numerus = false;
    };

    static QList<Message> read(const QString& fileName)
    {
        QList<Message> messages;
        QFile file(QStringLiteral(SAISINE_TRANSLATIONS_DIR "/") + fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            return messages;
        }
        QXmlStreamReader xml(&file);
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("message")) {
                    current = Message {};
                    current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                } else if (xml.name() == QLatin1String("source")) {
                    current.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    current.unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
                    if (!current.numerus) {
                        current.translations.append(xml.readElementText());
                    }
                } else if (xml.name() == QLatin1String("numerusform")) {
                    current.translations.append(xml.readElementText());
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                messages.append(current);
            }
        }
        return xml.hasError() ? QList<Message>() : messages;
    }

    static QStringList placeholders(const QString& text)
    {
        static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
        QStringList found;
        for (const auto& match : pattern.globalMatch(text)) {
            found.append(match.captured(0));
        }
        found.sort();
        found.removeDuplicates();
        return found;
    }

private slots:
    void frenchIsComplete()
    {
        const QList<Message> messages = read(QStringLiteral("saisine_fr.ts"));
        QVERIFY2(messages.size() > 100, "saisine_fr.ts is missing or unreadable");
        QStringList problems;
        for (const Message& message : messages) {
            if (message.unfinished || message.translations.isEmpty()) {
                problems.append(QStringLiteral("untranslated: ") + message.source);
                continue;
            }
            for (const QString& translation : message.translations) {
                if (translation.isEmpty()) {
                    problems.append(QStringLiteral("empty: ") + message.source);
                } else if (placeholders(translation) != placeholders(message.source)
                           && !(message.numerus && placeholders(message.source) == QStringList {QStringLiteral("%n")}
                                && placeholders(translation).isEmpty())) {
                    problems.append(QStringLiteral("placeholders differ: ") + message.source + QStringLiteral(" / ")
                                    + translation);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void englishHasEveryPluralForm()
    {
        const QList<Message> messages = read(QStringLiteral("saisine_en.ts"));
        QVERIFY2(messages.size() > 100, "saisine_en.ts is missing or unreadable");
        QStringList problems;
        int plurals = 0;
        for (const Message& message : messages) {
            if (!message.numerus) {
                continue;
            }
            ++plurals;
            if (message.translations.size() != 2 || message.translations.contains(QString())) {
                problems.append(message.source);
            }
        }
        QVERIFY(plurals > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
