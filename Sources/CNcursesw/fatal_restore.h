#ifndef DIALTONE_CNCURSESW_FATAL_RESTORE_H
#define DIALTONE_CNCURSESW_FATAL_RESTORE_H

// Restores the terminal when the process dies of a signal it cannot survive: SIGQUIT (Ctrl-\),
// SIGABRT, and the traps (SIGILL and SIGTRAP are how a Swift runtime trap arrives on Linux;
// SIGSEGV, SIGBUS, SIGFPE). Everything the handler needs is prepared beforehand in static
// storage, so the handler itself only calls async-signal-safe functions: write(2),
// tcsetattr(3), sigaction(2) and raise(3).

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <term.h>

enum { DT_FATAL_SIGNAL_COUNT = 7, DT_RESET_CAPACITY = 256, DT_FATAL_STACK_SIZE = 64 * 1024 };
static const int dt_fatal_signals[DT_FATAL_SIGNAL_COUNT] = { SIGQUIT, SIGABRT, SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE };

/// What the handler uses, prepared before it is installed.
struct dt_fatal_state {
    struct sigaction previous[DT_FATAL_SIGNAL_COUNT];
    struct termios modes;
    int modes_fd;
    char reset[DT_RESET_CAPACITY];
    size_t reset_length;
    int installed;
    // The handler may run on a stack overflow (SIGSEGV), so it gets a stack of its own.
    char stack[DT_FATAL_STACK_SIZE];
};

/// The one state. A function-local static, because Swift's importer emits no storage for
/// aggregate globals in a header; call these functions from one Swift file only
/// (`TerminalSession.swift`), since each object file gets its own copy of a static inline.
static inline struct dt_fatal_state *dt_fatal(void) {
    static struct dt_fatal_state state = { .modes_fd = -1 };
    return &state;
}

/// Records the terminal modes to restore; call before curses changes them.
static inline void dt_save_terminal_modes(int fd) {
    if (tcgetattr(fd, &dt_fatal()->modes) == 0) dt_fatal()->modes_fd = fd;
}

static inline void dt_fatal_append(const char *bytes) {
    struct dt_fatal_state *state = dt_fatal();
    if (bytes == NULL || bytes == (char *)-1) return;
    size_t length = strlen(bytes);
    if (state->reset_length + length > DT_RESET_CAPACITY) return;
    memcpy(state->reset + state->reset_length, bytes, length);
    state->reset_length += length;
}

static inline void dt_fatal_handler(int sig) {
    struct dt_fatal_state *state = dt_fatal();
    size_t offset = 0;
    while (offset < state->reset_length) {
        ssize_t written = write(STDOUT_FILENO, state->reset + offset, state->reset_length - offset);
        if (written <= 0) break;
        offset += (size_t)written;
    }
    if (state->modes_fd >= 0) tcsetattr(state->modes_fd, TCSANOW, &state->modes);
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(sig, &fallback, NULL);
    raise(sig);  // delivered on return, with the default action: the process ends as it would have
}

/// Prepares the reset bytes from the current terminal's terminfo entry (attributes off, cursor
/// visible, keypad transmit off, alternate screen left) plus bracketed paste off, and installs
/// the handler. Call after newterm, once the screen is set up.
static inline void dt_install_fatal_restore(void) {
    struct dt_fatal_state *state = dt_fatal();
    state->reset_length = 0;
    dt_fatal_append(tigetstr("sgr0"));
    dt_fatal_append(tigetstr("cnorm"));
    dt_fatal_append(tigetstr("rmkx"));
    dt_fatal_append("\033[?2004l");
    dt_fatal_append(tigetstr("rmcup"));
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_sp = state->stack;
    stack.ss_size = sizeof state->stack;
    sigaltstack(&stack, NULL);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = dt_fatal_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_ONSTACK;
    for (int i = 0; i < DT_FATAL_SIGNAL_COUNT; i++) {
        sigaction(dt_fatal_signals[i], NULL, &state->previous[i]);
        // A signal the parent chose to ignore (nohup-style SIGQUIT) stays ignored.
        if (state->previous[i].sa_handler == SIG_IGN) continue;
        sigaction(dt_fatal_signals[i], &action, NULL);
    }
    state->installed = 1;
}

/// Puts back whatever handled these signals before (after a normal restore).
static inline void dt_remove_fatal_restore(void) {
    struct dt_fatal_state *state = dt_fatal();
    if (!state->installed) return;
    for (int i = 0; i < DT_FATAL_SIGNAL_COUNT; i++) sigaction(dt_fatal_signals[i], &state->previous[i], NULL);
    state->installed = 0;
}

#endif
