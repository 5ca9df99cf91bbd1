/*
 * ladder-scalar.c: a plain scalar C loop of the ladder benchmark (issue 11), the
 * yardstick `make bench` prints beside brink's own figure, so that the ratio the
 * issue asks about is measured on this machine, in the same run, not quoted.
 *
 * What it models: the scenario file given (../shared/bench/ladder.yaml): states
 * with a move list per side, a stage payoff table and a transition lottery per
 * joint move; terminal states; each side plays a fixed mixed strategy per state
 * (`behaviour: {A: {model: fixed, mix: ...}}`); a discount; a horizon of
 * `calendar.rounds`. It reads those keys of the file with a line parser made for
 * that layout (not a YAML parser: one `key: {...}` or `key: [[...]]` per line, as
 * the benchmark file is written) and nothing else of the format: no effects,
 * variables, terminal payoffs, memory, scripts or solved strategies.
 *
 * The loop, per path (path i's generator is brink's `PathRandom`: xoshiro256**
 * seeded from (seed, i) through SplitMix64, so the two loops do the same work per
 * draw; the draws themselves map to moves differently, so paths differ and only
 * the statistics agree):
 *   1. Start in `initial`; for each round t < rounds while the state is not terminal:
 *   2. draw the fused (move A, move B, next state) entry of the state in one alias
 *      draw (Walker 1977, Vose 1991): column = start + high64(u1 * count), kept if
 *      the 53-bit u2 < its threshold, else its alias (as brink's chained tables);
 *   3. add delta^t * stage payoff to the path's totals; move to the next state.
 *   4. At the end: count the end state, the rounds played, add the totals.
 * Threads (POSIX) take equal contiguous slices of the paths. It prints
 * path-rounds per second of wall clock at 1 and 2 threads (best of 3) and its
 * answers, which must match the exact ones in the file's header comment.
 *
 * Build: cc -O2 -march=native -pthread Tests/bench/ladder-scalar.c -o ladder-scalar -lm
 * Run:   ./ladder-scalar FILE [paths (default 5000000)] [seed (default 2025)]
 */
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAXS 64
#define MAXM 8
#define MAXE (MAXS * MAXM * MAXM * 4)

/* ---- The model, as read from the file. ---- */
static int nstates, rounds = 0, initial = -1;
static double discount = 1;
static char names[MAXS][64];
static int terminal[MAXS], nmoves[MAXS][2];
static char movenames[MAXS][2][MAXM][32];
static double payoff[MAXS][MAXM][MAXM][2];     /* [s][a][b][player] */
static double trans[MAXS][MAXM][MAXM][MAXS];   /* [s][a][b][next] */
static double mix[2][MAXS][MAXM];              /* [player][s][move] */

/* ---- The sampler's tables: one alias table per active state. ---- */
typedef struct { uint64_t threshold; uint32_t alias; int32_t next; double pay0, pay1; } Column;
static Column columns[MAXE];
static int cellstart[MAXS], cellcount[MAXS];
static double powers[100001];

static int state_index(const char *name) {
  for (int s = 0; s < nstates; s++) if (!strcmp(names[s], name)) return s;
  if (nstates == MAXS) { fprintf(stderr, "ladder-scalar: too many states\n"); exit(2); }
  strncpy(names[nstates], name, 63);
  return nstates++;
}

static int move_index(int s, int p, const char *name) {
  for (int m = 0; m < nmoves[s][p]; m++) if (!strcmp(movenames[s][p][m], name)) return m;
  fprintf(stderr, "ladder-scalar: unknown move %s in %s\n", name, names[s]);
  exit(2);
}

/* A number as the file writes it: integer, decimal or p/q, optionally negative. */
static double number(const char **p) {
  char *end;
  double x = strtod(*p, &end);
  if (*end == '/') x /= strtod(end + 1, &end);
  *p = end;
  return x;
}

static int isalnum_(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }

/* Copies the identifier at *p (letters, digits, _, -) into out and moves past it. */
static void word(const char **p, char *out, int size) {
  int n = 0;
  while (**p == ' ' || **p == '{' || **p == '[' || **p == ',') (*p)++;
  while (**p && (isalnum_(**p))) { if (n < size - 1) out[n++] = **p; (*p)++; }
  out[n] = 0;
}

static void read_model(const char *file) {
  FILE *f = fopen(file, "r");
  if (!f) { perror(file); exit(2); }
  char line[4096], key[64], section[32] = "", sub[32] = "";
  int s = -1, player = -1;
  while (fgets(line, sizeof line, f)) {
    if (line[0] == '#' || line[strspn(line, " \n")] == 0) continue;
    int indent = (int)strspn(line, " ");
    const char *p = line + indent;
    word(&p, key, sizeof key);
    if (*p == '/') p = strchr(p, ':');  /* a joint move, `a/b: {...}` */
    if (!p || *p != ':') continue;
    p++;
    while (*p == ' ') p++;
    if (indent == 0) {
      strcpy(section, key);
      if (!strcmp(key, "discount")) discount = number(&p);
      if (!strcmp(key, "initial")) { char n[64]; word(&p, n, 64); initial = state_index(n); }
      if (!strcmp(key, "calendar")) { const char *r = strstr(p, "rounds:"); if (r) { r += 7; rounds = (int)number(&r); } }
    } else if (!strcmp(section, "states")) {
      if (indent == 2) { s = state_index(key); terminal[s] = strstr(p, "terminal: true") != NULL; sub[0] = 0; }
      else if (indent == 4) {
        strcpy(sub, key);
        if (!strcmp(key, "moves")) {
          for (int q = 0; q < 2; q++) {
            const char *list = strstr(p, q == 0 ? "A:" : "B:");
            list = strchr(list, '[') + 1;
            while (*list != ']') { word(&list, movenames[s][q][nmoves[s][q]++], 32); while (*list == ' ') list++; }
          }
        }
      } else if (indent == 6 && !strcmp(sub, "payoffs")) {
        int a = move_index(s, 0, key);
        for (int b = 0; b < nmoves[s][1]; b++)
          for (int q = 0; q < 2; q++) { while (*p == ' ' || *p == '[' || *p == ',') p++; payoff[s][a][b][q] = number(&p); while (*p == ']') p++; }
      } else if (indent == 6 && !strcmp(sub, "transitions")) {
        char *slash = strchr(line + indent, '/');
        *slash = 0;
        int a = move_index(s, 0, line + indent);
        const char *q = slash + 1;
        char bname[32], next[64];
        word(&q, bname, 32);
        int b = move_index(s, 1, bname);
        q = strchr(q, '{') + 1;
        while (*q && *q != '}') {
          word(&q, next, 64);
          int n = state_index(next);
          q++;  /* ':' */
          while (*q == ' ') q++;
          trans[s][a][b][n] = number(&q);
          while (*q == ' ' || *q == ',') q++;
        }
      }
    } else if (!strcmp(section, "behaviour")) {
      if (indent == 2) player = !strcmp(key, "A") ? 0 : 1;
      else if (indent == 6) {
        int st = state_index(key);
        char m[32];
        p = strchr(p, '{') + 1;
        while (*p && *p != '}') {
          word(&p, m, 32);
          p++;
          while (*p == ' ') p++;
          mix[player][st][move_index(st, player, m)] = number(&p);
          while (*p == ' ' || *p == ',') p++;
        }
      }
    }
  }
  fclose(f);
  if (initial < 0 || rounds <= 0 || rounds > 100000) { fprintf(stderr, "ladder-scalar: no initial state or rounds\n"); exit(2); }
}

/* Vose's alias method over the fused entries of each active state. */
static void build_tables(void) {
  int total = 0;
  for (int s = 0; s < nstates; s++) {
    cellstart[s] = total;
    cellcount[s] = 0;
    if (terminal[s]) continue;
    double prob[MAXM * MAXM * MAXS];
    int first = total;
    for (int a = 0; a < nmoves[s][0]; a++)
      for (int b = 0; b < nmoves[s][1]; b++)
        for (int n = 0; n < nstates; n++) {
          double pr = mix[0][s][a] * mix[1][s][b] * trans[s][a][b][n];
          if (pr <= 0) continue;
          columns[total] = (Column){0, 0, n, payoff[s][a][b][0], payoff[s][a][b][1]};
          prob[total - first] = pr;
          total++;
        }
    int k = total - first;
    cellcount[s] = k;
    double sum = 0, scaled[MAXM * MAXM * MAXS];
    for (int i = 0; i < k; i++) sum += prob[i];
    int small[MAXM * MAXM * MAXS], large[MAXM * MAXM * MAXS], ns = 0, nl = 0;
    for (int i = 0; i < k; i++) {
      scaled[i] = prob[i] / sum * k;
      if (scaled[i] < 1) small[ns++] = i; else large[nl++] = i;
    }
    while (ns && nl) {
      int l = small[--ns], g = large[nl - 1];
      columns[first + l].threshold = (uint64_t)llround(scaled[l] * 9007199254740992.0);
      columns[first + l].alias = (uint32_t)(first + g);
      scaled[g] -= 1 - scaled[l];
      if (scaled[g] < 1) { nl--; small[ns++] = g; }
    }
    while (nl) { int g = large[--nl]; columns[first + g].threshold = 1ull << 53; columns[first + g].alias = first + g; }
    while (ns) { int l = small[--ns]; columns[first + l].threshold = 1ull << 53; columns[first + l].alias = first + l; }
  }
  powers[0] = 1;
  for (int t = 1; t <= rounds; t++) powers[t] = powers[t - 1] * discount;
}

/* ---- brink's PathRandom: xoshiro256** seeded from (seed, path). ---- */
typedef struct { uint64_t s0, s1, s2, s3; } Rng;
static inline uint64_t mix64(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}
static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
static inline Rng seeded(uint64_t seed, uint64_t path) {
  const uint64_t g = 0x9E3779B97F4A7C15ull;
  uint64_t z = mix64(seed ^ mix64(path + g));
  Rng r;
  z += g; r.s0 = mix64(z);
  z += g; r.s1 = mix64(z);
  z += g; r.s2 = mix64(z);
  z += g; r.s3 = mix64(z);
  return r;
}
static inline uint64_t next64(Rng *r) {
  uint64_t result = rotl(r->s1 * 5, 7) * 9, t = r->s1 << 17;
  r->s2 ^= r->s0; r->s3 ^= r->s1; r->s1 ^= r->s2; r->s0 ^= r->s3; r->s2 ^= t; r->s3 = rotl(r->s3, 45);
  return result;
}

/* ---- The loop. ---- */
typedef struct {
  long start, end;
  uint64_t seed;
  long ends[MAXS], horizon, path_rounds;
  double pay0, pay1;
} Work;

static void *run(void *arg) {
  Work *w = arg;
  double pay0 = 0, pay1 = 0;
  long path_rounds = 0, horizon = 0;
  for (long i = w->start; i < w->end; i++) {
    Rng r = seeded(w->seed, (uint64_t)i);
    int s = initial, t = 0;
    double p0 = 0, p1 = 0;
    while (t < rounds && cellcount[s]) {
      uint64_t count = (uint64_t)cellcount[s];
      int c = cellstart[s] + (int)(((unsigned __int128)next64(&r) * count) >> 64);
      uint64_t u = next64(&r) >> 11;
      int e = u < columns[c].threshold ? c : (int)columns[c].alias;
      p0 += powers[t] * columns[e].pay0;
      p1 += powers[t] * columns[e].pay1;
      s = columns[e].next;
      t++;
    }
    path_rounds += t;
    if (terminal[s]) w->ends[s]++; else horizon++;
    pay0 += p0;
    pay1 += p1;
  }
  w->pay0 = pay0; w->pay1 = pay1; w->path_rounds = path_rounds; w->horizon = horizon;
  return NULL;
}

static double now(clockid_t clock) {
  struct timespec ts;
  clock_gettime(clock, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* The run's paths and seed, for the `start` callbacks of `best_of_three`. */
static long bench_paths __attribute__((unused));
static uint64_t bench_seed __attribute__((unused));

/* The best of three runs of `threads` workers running `fn`: the least wall-clock
 * time and the CPU time of that run. `start(k, threads)` clears worker k's work,
 * gives it its share of `bench_paths`, and returns its argument. Shared with
 * ladder-avx512.c, so that both C loops are timed the same way. */
__attribute__((unused)) static void best_of_three(int threads, void *(*fn)(void *), void *(*start)(int, int), double *best, double *best_cpu) {
  *best = 1e300;
  *best_cpu = 0;
  for (int rep = 0; rep < 3; rep++) {
    pthread_t id[2];
    double w0 = now(CLOCK_MONOTONIC), c0 = now(CLOCK_PROCESS_CPUTIME_ID);
    for (int k = 0; k < threads; k++) pthread_create(&id[k], NULL, fn, start(k, threads));
    for (int k = 0; k < threads; k++) pthread_join(id[k], NULL);
    double wall = now(CLOCK_MONOTONIC) - w0, cpu = now(CLOCK_PROCESS_CPUTIME_ID) - c0;
    if (wall < *best) { *best = wall; *best_cpu = cpu; }
  }
}

#ifndef LADDER_SCALAR_LIBRARY  /* ladder-avx512.c includes the model and tables, not this main */
static Work work[2];

static void *start_scalar(int k, int threads) {
  memset(&work[k], 0, sizeof work[k]);
  work[k].start = bench_paths * k / threads;
  work[k].end = bench_paths * (k + 1) / threads;
  work[k].seed = bench_seed;
  return &work[k];
}

int main(int argc, char **argv) {
  if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
    fprintf(stderr, "usage: ladder-scalar FILE [paths] [seed]\n");
    return argc < 2 ? 2 : 0;
  }
  long paths = argc > 2 ? atol(argv[2]) : 5000000;
  uint64_t seed = argc > 3 ? strtoull(argv[3], NULL, 10) : 2025;
  read_model(argv[1]);
  build_tables();
  printf("ladder-c: %s: %d states, %d rounds, %ld paths, seed %llu; scalar C loop (Tests/bench/ladder-scalar.c)\n",
         argv[1], nstates, rounds, paths, (unsigned long long)seed);
  bench_paths = paths;
  bench_seed = seed;
  for (int threads = 1; threads <= 2; threads++) {
    double best, best_cpu;
    best_of_three(threads, run, start_scalar, &best, &best_cpu);
    long pr = 0;
    for (int k = 0; k < threads; k++) pr += work[k].path_rounds;
    printf("ladder-c: %d thread%s: %.1f million path-rounds/s (%.3f s wall, best of 3); %.1f million per CPU-second, "
           "%.1f CPU-ns per path\n", threads, threads == 1 ? "" : "s", pr / best / 1e6, best, pr / best_cpu / 1e6,
           best_cpu / paths * 1e9);
    if (threads == 2) {
      long ends[MAXS] = {0}, horizon = work[0].horizon + work[1].horizon;
      for (int s = 0; s < nstates; s++) ends[s] = work[0].ends[s] + work[1].ends[s];
      printf("ladder-c: answers:");
      for (int s = 0; s < nstates; s++) if (terminal[s]) printf(" %s %.7f,", names[s], (double)ends[s] / paths);
      printf(" ongoing %.7f, mean rounds %.6f, payoffs A %.7f B %.7f\n", (double)horizon / paths, (double)pr / paths,
             (work[0].pay0 + work[1].pay0) / paths, (work[0].pay1 + work[1].pay1) / paths);
    }
  }
  return 0;
}
#endif
