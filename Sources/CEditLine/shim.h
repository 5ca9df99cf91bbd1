// CEditLine: the parts of libedit's native API (histedit.h) that brink uses.
//
// el_set, el_get and history() are variadic, and Swift cannot call variadic C
// functions, so each call shape brink needs gets a one-line static inline wrapper.
// Static inline functions need no C target: they compile into the caller.
// See /work/shared/notes/libedit.md for the recipes these follow.
#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H

#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <locale.h>
#include <histedit.h>
#include <sys/ioctl.h>

/// The columns of the terminal on `fd` (TIOCGWINSZ, variadic ioctl), or 0 when it is
/// not a terminal or does not say.
static inline int ceditline_terminal_columns(int fd) {
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return 0;
  return ws.ws_col;
}

typedef char *(*ceditline_prompt_fn)(EditLine *);
typedef unsigned char (*ceditline_cmd_fn)(EditLine *, int);

static inline int ceditline_set_prompt(EditLine *el, ceditline_prompt_fn f) { return el_set(el, EL_PROMPT, f); }
/// Like ceditline_set_prompt, but text between two `literal` characters in the prompt
/// is sent as is and takes no columns (for colour escape sequences).
static inline int ceditline_set_prompt_esc(EditLine *el, ceditline_prompt_fn f, char literal) {
  return el_set(el, EL_PROMPT_ESC, f, literal);
}
static inline int ceditline_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int ceditline_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int ceditline_set_clientdata(EditLine *el, void *p) { return el_set(el, EL_CLIENTDATA, p); }
static inline void *ceditline_get_clientdata(EditLine *el) { void *p = NULL; el_get(el, EL_CLIENTDATA, &p); return p; }
static inline int ceditline_add_fn(EditLine *el, const char *name, const char *help, ceditline_cmd_fn f) {
  return el_set(el, EL_ADDFN, name, help, f);
}
static inline int ceditline_bind(EditLine *el, const char *key, const char *fn) {
  return el_set(el, EL_BIND, key, fn, (const char *)NULL);
}
static inline int ceditline_use_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline FILE *ceditline_get_outfp(EditLine *el) { FILE *fp = NULL; el_get(el, EL_GETFP, 1, &fp); return fp; }

static inline int ceditline_hist_setsize(History *h, int n) { HistEvent ev; return history(h, &ev, H_SETSIZE, n); }
static inline int ceditline_hist_setunique(History *h, int on) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, on); }
static inline int ceditline_hist_enter(History *h, const char *s) { HistEvent ev; return history(h, &ev, H_ENTER, s); }
static inline int ceditline_hist_load(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_LOAD, path); }
static inline int ceditline_hist_save(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_SAVE, path); }
static inline int ceditline_hist_clear(History *h) { HistEvent ev; return history(h, &ev, H_CLEAR); }

/// Installs `fn` for `sig` without SA_RESTART, so a blocking read() returns EINTR
/// and el_gets can report Ctrl-C.
static inline int ceditline_install_signal(int sig, void (*fn)(int)) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = fn;
  sigemptyset(&sa.sa_mask);
  return sigaction(sig, &sa, NULL);
}

// glibc's stdin/stdout/stderr are mutable globals, which Swift 6 rejects.
static inline FILE *ceditline_stdin(void) { return stdin; }
static inline FILE *ceditline_stdout(void) { return stdout; }
static inline FILE *ceditline_stderr(void) { return stderr; }
static inline void ceditline_setlocale(void) { setlocale(LC_CTYPE, ""); }

#endif
