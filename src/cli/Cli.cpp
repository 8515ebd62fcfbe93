#include "Cli.h"

#include "ExitCode.h"

namespace Cli
{
bool isHeadless(const QStringList& args)
{
    return !args.isEmpty() && !args.first().startsWith(QLatin1String("--demo"));
}

int run(const QStringList&)
{
    return ExitInternal;
}
}
