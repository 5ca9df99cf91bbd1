/*
 * ladder-avx512.c: the ladder benchmark's loop hand-vectorised with AVX-512, eight
 * paths per 512-bit register (issue 11: "aim at half a hand-vectorised AVX-512
 * loop"), so that the ratio is measured on this machine, in the same run, not quoted.
 *
 * The model, its reading and its alias tables are ladder-scalar.c's (included, its
 * main left out); the generator is the same xoshiro256** seeded per path from
 * (seed, path index) through SplitMix64, so per draw the work is the scalar loop's.
 *
 * The loop, two sets of eight lanes in turn (each lane one path; a finished lane
 * takes the next path index, so the lanes run dry only at the end of the slice):
 *   1. Two draws per lane (xoshiro256** on four registers of state).
 *   2. The state's cell (start and count, packed in one word, gathered with the next
 *      state); column = start + high64(u1 * count),
 *      computed from two 32 x 32 -> 64 multiplies (count < 2^32, so it is exact);
 *      threshold and alias gathered, kept if u2 < threshold (an unsigned compare).
 *   3. Payoffs gathered and added times powers[t] (gathered); the next state gathered.
 *   4. Lanes that ended (horizon reached, or the next state has no cell) add their
 *      totals (masked adds), count their end state (a histogram per lane: no
 *      conflicts in the scatter), and restart with new indices (`expand` of
 *      consecutive indices into the finished lanes), seeded in the vector unit.
 * Statistics are summed in another order than the scalar loop (per lane), so only
 * the answers agree, not their last bits; paths are the same as the scalar loop's.
 *
 * Build: cc -O2 -march=native -pthread Tests/bench/ladder-avx512.c -o ladder-avx512 -lm
 *        (needs AVX-512 F and DQ; without them it prints that it is skipped and exits 0)
 * Run:   ./ladder-avx512 FILE [paths (default 5000000)] [seed (default 2025)]
 */
#define LADDER_SCALAR_LIBRARY
#include "ladder-scalar.c"

#if defined(__AVX512F__) && defined(__AVX512DQ__)
#include <immintrin.h>

/* The alias tables as separate arrays, for gathers. */
/* v_cell[s]: the state's cell, start | count << 32 (count 0: terminal), one gather for both. */
static int64_t v_threshold[MAXE], v_alias[MAXE], v_next[MAXE], v_cell[MAXS];
static double v_pay0[MAXE], v_pay1[MAXE];

static void vector_tables(void) {
  for (int e = 0; e < MAXE; e++) {
    v_threshold[e] = (int64_t)columns[e].threshold;
    v_alias[e] = columns[e].alias;
    v_next[e] = columns[e].next;
    v_pay0[e] = columns[e].pay0;
    v_pay1[e] = columns[e].pay1;
  }
  for (int s = 0; s < MAXS; s++) v_cell[s] = (int64_t)((uint64_t)cellstart[s] | (uint64_t)cellcount[s] << 32);
}

static inline __m512i vmix(__m512i z) {
  z = _mm512_xor_si512(z, _mm512_srli_epi64(z, 30));
  z = _mm512_mullo_epi64(z, _mm512_set1_epi64((long long)0xBF58476D1CE4E5B9ull));
  z = _mm512_xor_si512(z, _mm512_srli_epi64(z, 27));
  z = _mm512_mullo_epi64(z, _mm512_set1_epi64((long long)0x94D049BB133111EBull));
  return _mm512_xor_si512(z, _mm512_srli_epi64(z, 31));
}

typedef struct { __m512i s0, s1, s2, s3; } VRng;

/* PathRandom(seed, path) in the lanes of `m`, the others kept. */
static inline void vseed(VRng *r, __mmask8 m, uint64_t seed, __m512i path) {
  const __m512i g = _mm512_set1_epi64((long long)0x9E3779B97F4A7C15ull);
  __m512i z = vmix(_mm512_xor_si512(_mm512_set1_epi64((long long)seed), vmix(_mm512_add_epi64(path, g))));
  z = _mm512_add_epi64(z, g); r->s0 = _mm512_mask_mov_epi64(r->s0, m, vmix(z));
  z = _mm512_add_epi64(z, g); r->s1 = _mm512_mask_mov_epi64(r->s1, m, vmix(z));
  z = _mm512_add_epi64(z, g); r->s2 = _mm512_mask_mov_epi64(r->s2, m, vmix(z));
  z = _mm512_add_epi64(z, g); r->s3 = _mm512_mask_mov_epi64(r->s3, m, vmix(z));
}

static inline __m512i vnext(VRng *r) {
  __m512i x = _mm512_add_epi64(r->s1, _mm512_slli_epi64(r->s1, 2));             /* s1 * 5 */
  x = _mm512_rol_epi64(x, 7);
  __m512i result = _mm512_add_epi64(x, _mm512_slli_epi64(x, 3));                 /* * 9 */
  __m512i t = _mm512_slli_epi64(r->s1, 17);
  r->s2 = _mm512_xor_si512(r->s2, r->s0);
  r->s3 = _mm512_xor_si512(r->s3, r->s1);
  r->s1 = _mm512_xor_si512(r->s1, r->s2);
  r->s0 = _mm512_xor_si512(r->s0, r->s3);
  r->s2 = _mm512_xor_si512(r->s2, t);
  r->s3 = _mm512_rol_epi64(r->s3, 45);
  return result;
}

/* high64(u * c) for c < 2^32: (hi(u) * c + (lo(u) * c >> 32)) >> 32, exact. */
static inline __m512i vmulhi(__m512i u, __m512i c) {
  __m512i low = _mm512_mul_epu32(u, c);
  __m512i high = _mm512_mul_epu32(_mm512_srli_epi64(u, 32), c);
  return _mm512_srli_epi64(_mm512_add_epi64(high, _mm512_srli_epi64(low, 32)), 32);
}

typedef struct {
  long start, end;
  uint64_t seed;
  long ends[MAXS * 16], path_rounds;  /* per state, per lane of the two sets */
  double pay0, pay1;
} VWork;

/* Eight paths in flight: their generators, states, cells, rounds, totals. */
typedef struct {
  VRng r;
  __m512i idx, state, cell, t, rounds_sum, lane;
  __m512d p0, p1, sum0, sum1;
  __mmask8 live;
} Lanes;

static inline void lanes_start(Lanes *L, VWork *w, long *next, int set) {
  const __m512i iota = _mm512_set_epi64(7, 6, 5, 4, 3, 2, 1, 0), zero = _mm512_setzero_si512();
  L->r = (VRng){zero, zero, zero, zero};
  L->idx = _mm512_add_epi64(iota, _mm512_set1_epi64(*next));
  L->live = _mm512_cmplt_epi64_mask(L->idx, _mm512_set1_epi64(w->end));
  *next += 8;
  vseed(&L->r, 0xff, w->seed, L->idx);
  L->state = _mm512_set1_epi64(initial);
  L->cell = _mm512_set1_epi64(v_cell[initial]);
  L->t = L->rounds_sum = zero;
  L->lane = _mm512_add_epi64(iota, _mm512_set1_epi64(8 * set));
  L->p0 = L->p1 = L->sum0 = L->sum1 = _mm512_setzero_pd();
}

/* One round of each live lane's path (steps 1-4). */
static inline __attribute__((always_inline)) void lanes_round(Lanes *L, VWork *w, long *next) {
  const __m512i iota = _mm512_set_epi64(7, 6, 5, 4, 3, 2, 1, 0);
  const __m512i one = _mm512_set1_epi64(1), zero = _mm512_setzero_si512(), low32 = _mm512_set1_epi64(0xffffffff);
  const __mmask8 live = L->live;
  /* 1-2. The alias draw. */
  __m512i u1 = vnext(&L->r), u2 = _mm512_srli_epi64(vnext(&L->r), 11);
  __m512i count = _mm512_srli_epi64(L->cell, 32), start = _mm512_and_si512(L->cell, low32);
  __m512i c = _mm512_add_epi64(start, vmulhi(u1, count));
  __m512i threshold = _mm512_mask_i64gather_epi64(zero, live, c, v_threshold, 8);
  __m512i alias = _mm512_mask_i64gather_epi64(zero, live, c, v_alias, 8);
  __m512i e = _mm512_mask_blend_epi64(_mm512_cmplt_epu64_mask(u2, threshold), alias, c);
  /* 3. Payoffs and the next state. */
  __m512d d = _mm512_mask_i64gather_pd(_mm512_setzero_pd(), live, L->t, powers, 8);
  L->p0 = _mm512_add_pd(L->p0, _mm512_mul_pd(d, _mm512_mask_i64gather_pd(_mm512_setzero_pd(), live, e, v_pay0, 8)));
  L->p1 = _mm512_add_pd(L->p1, _mm512_mul_pd(d, _mm512_mask_i64gather_pd(_mm512_setzero_pd(), live, e, v_pay1, 8)));
  L->state = _mm512_mask_i64gather_epi64(L->state, live, e, v_next, 8);
  L->t = _mm512_add_epi64(L->t, one);
  /* 4. Ended lanes: totals, end state, a new path. */
  L->cell = _mm512_mask_i64gather_epi64(zero, live, L->state, v_cell, 8);
  __mmask8 done = live & (_mm512_cmpge_epi64_mask(L->t, _mm512_set1_epi64(rounds))
                          | _mm512_cmplt_epu64_mask(L->cell, low32 /* count 0 */));
  if (done) {
    L->rounds_sum = _mm512_mask_add_epi64(L->rounds_sum, done, L->rounds_sum, L->t);
    L->sum0 = _mm512_mask_add_pd(L->sum0, done, L->sum0, L->p0);
    L->sum1 = _mm512_mask_add_pd(L->sum1, done, L->sum1, L->p1);
    __m512i slot = _mm512_add_epi64(_mm512_slli_epi64(L->state, 4), L->lane);
    __m512i n = _mm512_mask_i64gather_epi64(zero, done, slot, w->ends, 8);
    _mm512_mask_i64scatter_epi64(w->ends, done, slot, _mm512_add_epi64(n, one), 8);
    L->idx = _mm512_mask_expand_epi64(L->idx, done, _mm512_add_epi64(iota, _mm512_set1_epi64(*next)));
    *next += __builtin_popcount(done);
    L->live &= ~(done & _mm512_cmpge_epi64_mask(L->idx, _mm512_set1_epi64(w->end)));
    done &= L->live;
    vseed(&L->r, done, w->seed, L->idx);
    L->state = _mm512_mask_mov_epi64(L->state, done, _mm512_set1_epi64(initial));
    L->cell = _mm512_mask_mov_epi64(L->cell, done, _mm512_set1_epi64(v_cell[initial]));
    L->t = _mm512_mask_mov_epi64(L->t, done, zero);
    L->p0 = _mm512_mask_mov_pd(L->p0, done, _mm512_setzero_pd());
    L->p1 = _mm512_mask_mov_pd(L->p1, done, _mm512_setzero_pd());
  }
}

/* Two sets of eight lanes, a round of each in turn: a round is a chain of three
 * dependent gathers (cell, column, next state), and the other set's round fills
 * the wait. */
static void *vrun(void *arg) {
  VWork *w = arg;
  long next = w->start;
  Lanes a, b;
  lanes_start(&a, w, &next, 0);
  lanes_start(&b, w, &next, 1);
  while (a.live | b.live) {
    lanes_round(&a, w, &next);
    lanes_round(&b, w, &next);
  }
  w->path_rounds = _mm512_reduce_add_epi64(_mm512_add_epi64(a.rounds_sum, b.rounds_sum));
  w->pay0 = _mm512_reduce_add_pd(_mm512_add_pd(a.sum0, b.sum0));
  w->pay1 = _mm512_reduce_add_pd(_mm512_add_pd(a.sum1, b.sum1));
  return NULL;
}

static VWork work[2];

static void *start_vector(int k, int threads) {
  memset(&work[k], 0, sizeof work[k]);
  work[k].start = bench_paths * k / threads;
  work[k].end = bench_paths * (k + 1) / threads;
  work[k].seed = bench_seed;
  return &work[k];
}

int main(int argc, char **argv) {
  if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
    fprintf(stderr, "usage: ladder-avx512 FILE [paths] [seed]\n");
    return argc < 2 ? 2 : 0;
  }
  long paths = argc > 2 ? atol(argv[2]) : 5000000;
  uint64_t seed = argc > 3 ? strtoull(argv[3], NULL, 10) : 2025;
  read_model(argv[1]);
  build_tables();
  vector_tables();
  if (cellcount[initial] == 0) { fprintf(stderr, "ladder-avx512: the initial state is terminal\n"); return 2; }
  printf("ladder-avx512: %s: %d states, %d rounds, %ld paths, seed %llu; AVX-512 loop, 2 x 8 paths in registers "
         "(Tests/bench/ladder-avx512.c)\n", argv[1], nstates, rounds, paths, (unsigned long long)seed);
  bench_paths = paths;
  bench_seed = seed;
  for (int threads = 1; threads <= 2; threads++) {
    double best, best_cpu;
    best_of_three(threads, vrun, start_vector, &best, &best_cpu);
    long pr = 0;
    for (int k = 0; k < threads; k++) pr += work[k].path_rounds;
    printf("ladder-avx512: %d thread%s: %.1f million path-rounds/s (%.3f s wall, best of 3); %.1f million per CPU-second, "
           "%.1f CPU-ns per path\n", threads, threads == 1 ? "" : "s", pr / best / 1e6, best, pr / best_cpu / 1e6,
           best_cpu / paths * 1e9);
    if (threads == 2) {
      long ends[MAXS] = {0}, horizon = 0;
      for (int k = 0; k < threads; k++)
        for (int s = 0; s < nstates; s++)
          for (int l = 0; l < 16; l++) ends[s] += work[k].ends[s * 16 + l];
      printf("ladder-avx512: answers:");
      for (int s = 0; s < nstates; s++) {
        if (terminal[s]) printf(" %s %.7f,", names[s], (double)ends[s] / paths); else horizon += ends[s];
      }
      printf(" ongoing %.7f, mean rounds %.6f, payoffs A %.7f B %.7f\n", (double)horizon / paths, (double)pr / paths,
             (work[0].pay0 + work[1].pay0) / paths, (work[0].pay1 + work[1].pay1) / paths);
    }
  }
  return 0;
}
#else
int main(void) {
  printf("ladder-avx512: skipped: built without AVX-512 F and DQ (cc -march=native on a machine that has them)\n");
  return 0;
}
#endif
