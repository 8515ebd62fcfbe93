#pragma once

#include <QCoreApplication>

/// The translation context of the command line's own messages ("Cli"), so that lupdate finds
/// every string of src/cli, also those in anonymous namespaces: CliText::tr("...").
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
