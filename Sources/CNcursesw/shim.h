#ifndef DIALTONE_CNCURSESW_SHIM_H
#define DIALTONE_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>
#include <stdio.h>
#include <signal.h>
#include <pthread.h>
#include <unistd.h>
#include <errno.h>
#include <sys/ioctl.h>
#include <ncurses.h>
#include <term.h>

// Accessors for what Swift 6 cannot import: globals, function-like macros, attribute bits.
static inline WINDOW *dt_stdscr(void) { return stdscr; }
static inline WINDOW *dt_curscr(void) { return curscr; }
static inline int dt_lines(void) { return LINES; }
static inline int dt_cols(void) { return COLS; }
// The terminal's colour count from terminfo. (COLORS is only set by start_color(), which is
// called after the colour level is decided from this number.)
static inline int dt_colors(void) { int colors = tigetnum("colors"); return colors > 0 ? colors : 0; }
static inline int dt_color_pairs(void) { return COLOR_PAIRS; }
static inline int dt_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int dt_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline attr_t dt_a_normal(void) { return A_NORMAL; }
static inline attr_t dt_a_bold(void) { return A_BOLD; }
static inline attr_t dt_a_dim(void) { return A_DIM; }
static inline attr_t dt_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dt_a_reverse(void) { return A_REVERSE; }
static inline attr_t dt_a_italic(void) { return A_ITALIC; }
static inline attr_t dt_a_standout(void) { return A_STANDOUT; }
static inline int dt_color_pair(int n) { return COLOR_PAIR(n); }
static inline FILE *dt_stdout(void) { return stdout; }
static inline FILE *dt_stderr(void) { return stderr; }
static inline FILE *dt_stdin(void) { return stdin; }

// Attribute flags as plain bits, so Swift never needs the A_* macros.
enum {
    DT_ATTR_BOLD = 1, DT_ATTR_DIM = 2, DT_ATTR_UNDERLINE = 4,
    DT_ATTR_REVERSE = 8, DT_ATTR_ITALIC = 16, DT_ATTR_STANDOUT = 32
};

/// Sets a window's attributes (DT_ATTR_* bits) and colour pair (extended pairs allowed; 0 = none).
static inline int dt_set_style(WINDOW *w, int flags, int pair) {
    attr_t a = A_NORMAL;
    if (flags & DT_ATTR_BOLD) a |= A_BOLD;
    if (flags & DT_ATTR_DIM) a |= A_DIM;
    if (flags & DT_ATTR_UNDERLINE) a |= A_UNDERLINE;
    if (flags & DT_ATTR_REVERSE) a |= A_REVERSE;
    if (flags & DT_ATTR_ITALIC) a |= A_ITALIC;
    if (flags & DT_ATTR_STANDOUT) a |= A_STANDOUT;
    int p = pair;
    return wattr_set(w, a, (NCURSES_PAIRS_T)0, &p);
}

/// Sets the window's background (used by werase) to blanks in the given style.
static inline int dt_set_background(WINDOW *w, int flags, int pair) {
    dt_set_style(w, flags, pair);
    attr_t a; NCURSES_PAIRS_T ignored; int p = pair;
    wattr_get(w, &a, &ignored, NULL);
    cchar_t blank;
    wchar_t space[2] = { L' ', 0 };
    setcchar(&blank, space, a, (NCURSES_PAIRS_T)0, &p);
    return wbkgrndset(w, &blank), OK;
}

/// Probes TERM before ncurses starts: 0 usable, 1 unknown terminal, 2 no cursor addressing.
/// Unlike initscr, this never exits the process.
static inline int dt_probe_terminal(const char *term) {
    int err = 0;
    if (setupterm(term, 1, &err) != OK) return 1;
    char *cup = tigetstr("cup");
    int usable = cup != NULL && cup != (char *)-1;
    TERMINAL *probe = cur_term;
    set_curterm(NULL);
    del_curterm(probe);
    return usable ? 0 : 2;
}

/// The colour count terminfo gives `term` (0 when it has none, -1 when the entry is missing),
/// read without starting curses.
static inline int dt_terminfo_colors(const char *term) {
    int err = 0;
    if (setupterm(term, 1, &err) != OK) return -1;
    int colors = tigetnum("colors");
    TERMINAL *probe = cur_term;
    set_curterm(NULL);
    del_curterm(probe);
    return colors > 0 ? colors : 0;
}

/// Sets the locale from the environment; if its codeset is not UTF-8, tries C.UTF-8 for LC_CTYPE.
/// Returns 1 when the resulting codeset is UTF-8.
static inline int dt_setup_locale(void) {
    setlocale(LC_ALL, "");
    if (strcasecmp(nl_langinfo(CODESET), "UTF-8") == 0) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") != NULL && strcasecmp(nl_langinfo(CODESET), "UTF-8") == 0) return 2;
    return 0;
}

/// The terminal's size from the kernel (rows, cols); 0 when unknown.
static inline void dt_window_size(int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0) { *rows = ws.ws_row; *cols = ws.ws_col; }
    else { *rows = 0; *cols = 0; }
}

// Bracketed paste (xterm mode 2004): the terminal wraps pasted text in ESC[200~ … ESC[201~.
// These key codes, past every curses key, name the two markers once define_key has taught them.
enum { DT_KEY_PASTE_START = KEY_MAX + 1, DT_KEY_PASTE_END = KEY_MAX + 2 };

/// Teaches curses the paste markers, so they arrive as single keys instead of loose characters.
static inline void dt_define_paste_keys(void) {
    define_key("\033[200~", DT_KEY_PASTE_START);
    define_key("\033[201~", DT_KEY_PASTE_END);
}

/// Teaches curses both forms of the cursor keys (normal `ESC [ A` and application `ESC O A`),
/// and every common Home, End, PgUp and PgDn sequence, whatever the terminfo entry lists: a
/// terminal that ignores keypad-transmit mode, or runs under a fallback TERM, still moves.
static inline void dt_define_cursor_keys(void) {
    static const struct { const char *sequence; int code; } keys[] = {
        {"\033[A", KEY_UP}, {"\033OA", KEY_UP}, {"\033[B", KEY_DOWN}, {"\033OB", KEY_DOWN},
        {"\033[C", KEY_RIGHT}, {"\033OC", KEY_RIGHT}, {"\033[D", KEY_LEFT}, {"\033OD", KEY_LEFT},
        {"\033[H", KEY_HOME}, {"\033OH", KEY_HOME}, {"\033[1~", KEY_HOME}, {"\033[7~", KEY_HOME},
        {"\033[F", KEY_END}, {"\033OF", KEY_END}, {"\033[4~", KEY_END}, {"\033[8~", KEY_END},
        {"\033[5~", KEY_PPAGE}, {"\033[6~", KEY_NPAGE},
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) define_key(keys[i].sequence, keys[i].code);
}

// Self-pipe signal forwarding: the handler only writes the signal number as one byte.
static int dt_signal_fd = -1;
static inline void dt_signal_forward(int sig) {
    int saved = errno;
    unsigned char byte = (unsigned char)sig;
    if (dt_signal_fd >= 0) { ssize_t ignored = write(dt_signal_fd, &byte, 1); (void)ignored; }
    errno = saved;
}

/// Installs forwarding handlers for SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT.
static inline void dt_install_signal_forwarding(int write_fd) {
    dt_signal_fd = write_fd;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = dt_signal_forward;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    int signals[] = { SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaction(signals[i], &action, NULL);
}

/// Restores the default action for the forwarded signals.
static inline void dt_remove_signal_forwarding(void) {
    int signals[] = { SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) signal(signals[i], SIG_DFL);
    dt_signal_fd = -1;
}

/// Stops the process the way the default SIGTSTP would, then reinstalls forwarding on resume.
/// The calling thread may block SIGTSTP (Swift's concurrency threads block most signals): the
/// signal raised on it would then stay pending and nothing would stop. It is unblocked here for
/// the raise, so the stop happens before `raise` returns, and the mask is restored on resume.
static inline void dt_suspend_self(void) {
    int fd = dt_signal_fd;
    sigset_t tstp, before;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    signal(SIGTSTP, SIG_DFL);
    pthread_sigmask(SIG_UNBLOCK, &tstp, &before);
    raise(SIGTSTP);
    pthread_sigmask(SIG_SETMASK, &before, NULL);
    dt_install_signal_forwarding(fd);
}

#include "fatal_restore.h"

#endif
