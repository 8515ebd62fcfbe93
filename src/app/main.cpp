// The program's entry where there are no modules (Windows, macOS, or CASCONSOLE_WINDOW_MODULE
// off): everything is linked into the one executable. On Linux, app/launcher.c is the entry.
#include "app/ProgramMain.h"

int main(int argc, char* argv[])
{
    return casconsole_main(argc, argv);
}
