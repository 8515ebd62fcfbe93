#pragma once

#include <QStringList>

/// `cas-console serve`: runs the token service for sample apps until SIGINT/SIGTERM.
namespace ServeCommand
{
int run(const QStringList& args);
}
