#pragma once

#include "views/diagram/exporter.h"

#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;

namespace storemap {

/// Exit codes of the command line (DESIGN.md §6).
enum ExitCode {
    ExitOk = 0,
    ExitThreshold = 1,
    ExitUsage = 2,
    ExitBadInput = 3,
    ExitWriteFailed = 4,
};

/// Names the program for its settings (organisation, name, version) and returns its arguments,
/// without the program itself. Both programs start with it.
QStringList startProgram(int argc, char *argv[]);

/// What the arguments (argv without the program) ask for.
enum class Request {
    Designer,    ///< the window, on FILE or the last file
    CommandLine, ///< a verb, --help or --version: no display needed
    UnknownVerb, ///< a first word that is neither a verb, an option nor a file: a usage error
};
Request classify(const QStringList &args);

/// Empty when the designer can open a window here; otherwise one line saying why not (no
/// DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM) and what to use instead.
QString missingDisplay();

/// Runs a verb, --help or --version, or reports an unknown verb; returns the exit code and prints
/// to stdout and stderr. An export to PNG is drawn by @p renderPng (see exportProject).
int runCommandLine(const QStringList &args, PngRenderer renderPng);

/// Prints @p text as UTF-8 to stdout or stderr.
void printOut(const QString &text);
void printErr(const QString &text);
void printBytes(const QByteArray &bytes);

/// "storemap: MESSAGE" and a pointer to --help on stderr; returns ExitUsage.
int usageError(const QString &message);

/// The --users N option every verb that scores takes.
QCommandLineOption usersOption();

/// Parses a verb's arguments (args[0] is the verb) with @p parser, which holds the verb's own
/// options, and checks that exactly @p positionals plain arguments (files) were given, named by
/// @p what for the message ("a project file"). Returns the first usage error in plain words, or
/// an empty string.
QString parseVerb(QCommandLineParser &parser, const QStringList &args, int positionals,
                  const QString &what);

/// The --users value of @p parser into @p users (left alone when absent); a usage error, or empty.
QString readUsers(const QCommandLineParser &parser, qint64 *users);

} // namespace storemap
