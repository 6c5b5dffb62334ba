//! The `random` module on CPython's Mersenne Twister, reproduced exactly:
//! the same `seed(n)` initialization (`init_by_array` over the seed's
//! 32-bit words), the same `random()` (53 bits from two outputs), and the
//! same derived algorithms (`_randbelow` by rejection on `getrandbits`,
//! `shuffle`, `choice`, `sample`, `choices`, ...), so a seeded program
//! draws exactly the numbers CPython draws. Without a seed it starts from
//! the clock and the process id (what CPython's values are is left to the
//! operating system's randomness).

use std::cell::RefCell;

use crate::object::layout::bigint::{BigExt, BigInt};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::exc::{PyErr, PyResult, INDEX_ERROR};
use crate::object::value::Value;
use crate::types::int::Int;

const N: usize = 624;
const M: usize = 397;

struct Mt {
    state: [u32; N],
    index: usize,
    /// `gauss()`'s second value, kept for the next call.
    gauss_next: Option<f64>,
}

impl Mt {
    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        let mut k = N.max(key.len());
        while k > 0 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            k -= 1;
        }
        self.state[0] = 0x8000_0000;
        self.index = N;
    }

    fn genrand(&mut self) -> u32 {
        const MAG: [u32; 2] = [0, 0x9908_b0df];
        if self.index >= N {
            for kk in 0..N {
                let y = (self.state[kk] & 0x8000_0000) | (self.state[(kk + 1) % N] & 0x7fff_ffff);
                self.state[kk] = self.state[(kk + M) % N] ^ (y >> 1) ^ MAG[(y & 1) as usize];
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = (self.genrand() >> 5) as f64;
        let b = (self.genrand() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)`, k > 0.
    fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(self.genrand() >> (32 - k));
        }
        let words = k.div_ceil(32);
        let mut bytes = Vec::with_capacity(words as usize * 4);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.genrand();
            if left < 32 {
                r >>= 32 - left;
            }
            bytes.extend_from_slice(&r.to_le_bytes());
            left = left.saturating_sub(32);
        }
        BigInt::from_unsigned_bytes_le(&bytes)
    }

    /// `_randbelow(n)`, n > 0: rejection sampling on `n.bit_length()` bits.
    fn randbelow(&mut self, n: &BigInt) -> BigInt {
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    fn randbelow_usize(&mut self, n: usize) -> usize {
        self.randbelow(&BigInt::from(n)).to_usize().unwrap_or(0)
    }
}

thread_local! {
    static MT: RefCell<Mt> = RefCell::new(fresh());
}

/// A `random.Random` object: a generator of its own, with the module's
/// functions as its methods (the module's functions use a hidden one).
pub struct Generator(RefCell<Mt>);

impl crate::types::native::NativeType for Generator {
    fn type_name(&self) -> &'static str {
        "Random"
    }

    fn repr(&self, me: &Value) -> String {
        format!("<random.Random object at {:#x}>", me.id())
    }

    fn getattr(&self, me: &Value, name: &str) -> Option<PyResult<Value>> {
        let qualified = format!("Random.{name}");
        pyaot_registry::names::INTERNAL_FUNCTIONS.contains(&qualified.as_str()).then(|| {
            Ok(Value::Method(crate::types::class::MethodObj::new(crate::types::func::builtin(&qualified), me.clone())))
        })
    }
}

impl Generator {
    /// A new generator in this one's state (`copy.copy`, `copy.deepcopy`).
    pub fn duplicate(&self) -> Value {
        let m = self.0.borrow();
        let twin = Mt { state: m.state, index: m.index, gauss_next: m.gauss_next };
        crate::types::native::new_ext(Generator(RefCell::new(twin)))
    }
}

fn fresh() -> Mt {
    let mut mt = Mt { state: [0; N], index: N, gauss_next: None };
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let seed = t.as_nanos() as u64 ^ ((std::process::id() as u64) << 32);
    mt.init_by_array(&[seed as u32, (seed >> 32) as u32]);
    mt
}

/// `random.Random(x=None)`.
fn new_generator(args: &[Value]) -> PyResult<Value> {
    crate::builtins::arity("Random", args, 0, 1)?;
    let g = Generator(RefCell::new(fresh()));
    if let Some(x) = args.first() {
        seed(&g.0, x)?;
    }
    Ok(crate::types::native::new_ext(g))
}

/// A method of a `random.Random` object, the object first.
pub fn method(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let Some(g) = args.first().and_then(crate::types::native::ext::<Generator>) else {
        unreachable!("bound to a Random object")
    };
    let short = crate::stdlib::short_name(name);
    run(&g.0, short, name, args[1..].to_vec(), kw)
}

fn big(v: &Value) -> PyResult<BigInt> {
    Ok(v.to_int()?.to_big())
}

fn from_big(b: BigInt) -> Value {
    Value::from_int(Int::from(b))
}

fn seed(gen: &RefCell<Mt>, v: &Value) -> PyResult<()> {
    let n = match v {
        Value::None => {
            let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            BigInt::from(t.as_nanos())
        }
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => big(v)?.abs(),
        other => {
            return Err(PyErr::new(
                &crate::object::exc::NOT_IMPLEMENTED_ERROR,
                format!("pyaot's random.seed() takes an int or None, not {}", other.type_name()),
            ))
        }
    };
    // The seed's 32-bit words, least significant first (one zero word for 0).
    let mut words = n.to_u32_digits();
    if words.is_empty() {
        words.push(0);
    }
    let mut m = gen.borrow_mut();
    m.init_by_array(&words);
    m.gauss_next = None;
    Ok(())
}

fn float(v: &Value) -> PyResult<f64> {
    v.to_f64()
}

/// `randrange(start, stop=None, step=1)` with CPython's checks.
fn randrange(gen: &RefCell<Mt>, args: &[Value]) -> PyResult<Value> {
    let with = |f: &dyn Fn(&mut Mt) -> BigInt| f(&mut gen.borrow_mut());
    let istart = big(&args[0])?;
    if args.len() == 1 || matches!(args[1], Value::None) {
        if istart <= BigInt::zero() {
            return Err(PyErr::value_error("empty range for randrange()"));
        }
        return Ok(from_big(with(&|m| m.randbelow(&istart))));
    }
    let istop = big(&args[1])?;
    let width = &istop - &istart;
    let step = match args.get(2) {
        Some(s) => big(s)?,
        None => BigInt::from(1),
    };
    if step == BigInt::from(1) {
        if width <= BigInt::zero() {
            return Err(PyErr::value_error(format!("empty range for randrange() ({istart}, {istop}, {width})")));
        }
        return Ok(from_big(istart + with(&|m| m.randbelow(&width))));
    }
    if step.is_zero() {
        return Err(PyErr::value_error("zero step for randrange()"));
    }
    let n = if step.is_positive() { (&width + &step - 1) / &step } else { (&width + &step + 1) / &step };
    if n <= BigInt::zero() {
        return Err(PyErr::value_error("empty range for randrange()"));
    }
    Ok(from_big(istart + step * with(&|m| m.randbelow(&n))))
}

fn seq_len(v: &Value) -> PyResult<usize> {
    Ok(crate::ops::len(v)?.to_index()? as usize)
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let short = crate::stdlib::short_name(name);
    if short == "Random" {
        crate::stdlib::no_kwargs(name, kw)?;
        return new_generator(&args);
    }
    MT.with(|gen| run(gen, short, name, args, kw))
}

/// A function of the module (on its hidden generator) or a method of a
/// `Random` object (on its own), `short` its name.
fn run(gen: &RefCell<Mt>, short: &str, name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    // The generator is borrowed only while it draws: a sequence's
    // `__getitem__` may run code that draws too.
    fn with<T>(gen: &RefCell<Mt>, f: impl FnOnce(&mut Mt) -> T) -> T {
        f(&mut gen.borrow_mut())
    }
    let n = args.len() - kw.len();
    let kwarg = |k: &str| kw.iter().position(|x| *x == k).map(|i| args[n + i].clone());
    if !matches!(short, "choices" | "sample" | "seed") {
        crate::stdlib::no_kwargs(name, kw)?;
    }
    let pos = &args[..n];
    let arity = |lo: usize, hi: usize| crate::builtins::arity(short, pos, lo, hi);
    match short {
        "seed" => {
            arity(0, 2)?;
            seed(gen, pos.first().or(kwarg("a").as_ref()).unwrap_or(&Value::None))?;
            Ok(Value::None)
        }
        "random" => {
            arity(0, 0)?;
            Ok(Value::Float(with(gen, |m| m.random())))
        }
        "getrandbits" => {
            arity(1, 1)?;
            let k = pos[0].to_int()?.to_index()?;
            if k < 0 {
                return Err(PyErr::value_error("number of bits must be non-negative"));
            }
            Ok(if k == 0 { Value::Int(0) } else { from_big(with(gen, |m| m.getrandbits(k as u64))) })
        }
        "randrange" => {
            arity(1, 3)?;
            randrange(gen, pos)
        }
        "randint" => {
            arity(2, 2)?;
            let b = big(&pos[1])? + 1;
            randrange(gen, &[pos[0].clone(), from_big(b)])
        }
        "uniform" => {
            arity(2, 2)?;
            let (a, b) = (float(&pos[0])?, float(&pos[1])?);
            Ok(Value::Float(a + (b - a) * with(gen, |m| m.random())))
        }
        "choice" => {
            arity(1, 1)?;
            let len = seq_len(&pos[0])?;
            if len == 0 {
                return Err(PyErr::new(&INDEX_ERROR, "Cannot choose from an empty sequence"));
            }
            let i = with(gen, |m| m.randbelow_usize(len));
            crate::ops::getitem(&pos[0], &Value::Int(i as i64))
        }
        "shuffle" => {
            arity(1, 1)?;
            let x = &pos[0];
            for i in (1..seq_len(x)?).rev() {
                let j = with(gen, |m| m.randbelow_usize(i + 1));
                let (a, b) =
                    (crate::ops::getitem(x, &Value::Int(i as i64))?, crate::ops::getitem(x, &Value::Int(j as i64))?);
                crate::ops::setitem(x, &Value::Int(i as i64), b)?;
                crate::ops::setitem(x, &Value::Int(j as i64), a)?;
            }
            Ok(Value::None)
        }
        "sample" => {
            arity(1, 2)?;
            let population = crate::types::iter::collect(&pos[0])?;
            let k = pos
                .get(1)
                .cloned()
                .or(kwarg("k"))
                .ok_or_else(|| PyErr::type_error("sample() missing 1 required positional argument: 'k'"))?;
            let k = k.to_int()?.to_index()?;
            let len = population.len();
            if k < 0 || k as usize > len {
                return Err(PyErr::value_error("Sample larger than population or is negative"));
            }
            let k = k as usize;
            let mut setsize = 21usize;
            if k > 5 {
                // 4 ** ceil(log(3k, 4)), computed as CPython's floats do.
                setsize += 4usize.pow((((k * 3) as f64).ln() / 4f64.ln()).ceil() as u32);
            }
            let mut result = Vec::with_capacity(k);
            if len <= setsize {
                let mut pool = population;
                for i in 0..k {
                    let j = with(gen, |m| m.randbelow_usize(len - i));
                    result.push(pool[j].clone());
                    pool[j] = pool[len - i - 1].clone();
                }
            } else {
                let mut selected = std::collections::HashSet::new();
                for _ in 0..k {
                    let mut j = with(gen, |m| m.randbelow_usize(len));
                    while selected.contains(&j) {
                        j = with(gen, |m| m.randbelow_usize(len));
                    }
                    selected.insert(j);
                    result.push(population[j].clone());
                }
            }
            Ok(Value::List(crate::types::list::from_vec(result)))
        }
        "choices" => {
            arity(1, 2)?;
            let population = crate::types::iter::collect(&pos[0])?;
            let weights = pos.get(1).cloned().or(kwarg("weights")).filter(|w| !w.is_none());
            let cum = kwarg("cum_weights").filter(|w| !w.is_none());
            let k = kwarg("k").map(|k| k.to_int()?.to_index()).transpose()?.unwrap_or(1).max(0) as usize;
            let len = population.len();
            if weights.is_none() && cum.is_none() {
                if len == 0 {
                    return Err(PyErr::new(&INDEX_ERROR, "Cannot choose from an empty sequence"));
                }
                let out =
                    (0..k).map(|_| population[(with(gen, |m| m.random()) * len as f64) as usize].clone()).collect();
                return Ok(Value::List(crate::types::list::from_vec(out)));
            }
            if weights.is_some() && cum.is_some() {
                return Err(PyErr::type_error("Cannot specify both weights and cumulative weights"));
            }
            let cum: Vec<f64> = match (weights, cum) {
                (Some(w), _) => {
                    let mut acc = 0.0;
                    let mut out = Vec::new();
                    for x in crate::types::iter::collect(&w)? {
                        acc += float(&x)?;
                        out.push(acc);
                    }
                    out
                }
                (_, Some(c)) => crate::types::iter::collect(&c)?.iter().map(float).collect::<PyResult<_>>()?,
                _ => unreachable!(),
            };
            if cum.len() != len {
                return Err(PyErr::value_error("The number of weights does not match the population"));
            }
            let total = cum.last().copied().unwrap_or(0.0);
            if total <= 0.0 {
                return Err(PyErr::value_error("Total of weights must be greater than zero"));
            }
            if !total.is_finite() {
                return Err(PyErr::value_error("Total of weights must be finite"));
            }
            let hi = len - 1;
            let out = (0..k)
                .map(|_| {
                    let x = with(gen, |m| m.random()) * total;
                    // bisect_right(cum, x, 0, hi)
                    let (mut lo, mut h) = (0usize, hi);
                    while lo < h {
                        let mid = (lo + h) / 2;
                        if x < cum[mid] {
                            h = mid;
                        } else {
                            lo = mid + 1;
                        }
                    }
                    population[lo].clone()
                })
                .collect();
            Ok(Value::List(crate::types::list::from_vec(out)))
        }
        "getstate" => {
            arity(0, 0)?;
            Ok(getstate(&gen.borrow()))
        }
        "setstate" => {
            arity(1, 1)?;
            setstate(&mut gen.borrow_mut(), &pos[0])?;
            Ok(Value::None)
        }
        "expovariate" => {
            arity(1, 1)?;
            let lambd = float(&pos[0])?;
            Ok(Value::Float(-(1.0 - with(gen, |m| m.random())).ln() / lambd))
        }
        "triangular" => {
            arity(0, 3)?;
            let low = pos.first().map(float).transpose()?.unwrap_or(0.0);
            let high = pos.get(1).map(float).transpose()?.unwrap_or(1.0);
            let u = with(gen, |m| m.random());
            let c = match pos.get(2).filter(|v| !v.is_none()) {
                None => 0.5,
                Some(mode) => {
                    if high - low == 0.0 {
                        // CPython returns `low` itself (an int stays an int).
                        return Ok(pos.first().cloned().unwrap_or(Value::Float(0.0)));
                    }
                    (float(mode)? - low) / (high - low)
                }
            };
            let (u, c, low, high) = if u > c { (1.0 - u, 1.0 - c, high, low) } else { (u, c, low, high) };
            Ok(Value::Float(low + (high - low) * (u * c).sqrt()))
        }
        "lognormvariate" => {
            arity(2, 2)?;
            let (mu, sigma) = (float(&pos[0])?, float(&pos[1])?);
            Ok(Value::Float(with(gen, |m| mu + normal(m) * sigma).exp()))
        }
        "vonmisesvariate" => {
            arity(2, 2)?;
            let (mu, kappa) = (float(&pos[0])?, float(&pos[1])?);
            Ok(Value::Float(with(gen, |m| vonmises(m, mu, kappa))))
        }
        "gammavariate" => {
            arity(2, 2)?;
            let (alpha, beta) = (float(&pos[0])?, float(&pos[1])?);
            Ok(Value::Float(with(gen, |m| gamma(m, alpha, beta))?))
        }
        "betavariate" => {
            arity(2, 2)?;
            let (alpha, beta) = (float(&pos[0])?, float(&pos[1])?);
            // As CPython's: beta is not looked at when the first draw is 0.
            let y = with(gen, |m| gamma(m, alpha, 1.0))?;
            if y == 0.0 {
                return Ok(Value::Float(0.0));
            }
            Ok(Value::Float(y / (y + with(gen, |m| gamma(m, beta, 1.0))?)))
        }
        "paretovariate" => {
            arity(1, 1)?;
            let alpha = float(&pos[0])?;
            let u = 1.0 - with(gen, |m| m.random());
            Ok(Value::Float(crate::types::float::pow(u, -1.0 / alpha)?))
        }
        "weibullvariate" => {
            arity(2, 2)?;
            let (alpha, beta) = (float(&pos[0])?, float(&pos[1])?);
            let u = 1.0 - with(gen, |m| m.random());
            Ok(Value::Float(alpha * crate::types::float::pow(-u.ln(), 1.0 / beta)?))
        }
        "randbytes" => {
            arity(1, 1)?;
            let n = pos[0].to_int()?.to_index()?;
            if n < 0 {
                return Err(PyErr::value_error("number of bits must be non-negative"));
            }
            if n == 0 {
                return Ok(Value::Bytes(crate::types::bytes::from_vec(Vec::new())));
            }
            let bits = with(gen, |m| m.getrandbits(n as u64 * 8));
            let mut out: Vec<u8> = bits.to_u32_digits().iter().flat_map(|w| w.to_le_bytes()).collect();
            out.resize(n as usize, 0);
            Ok(Value::Bytes(crate::types::bytes::from_vec(out)))
        }
        "gauss" | "normalvariate" => {
            arity(0, 2)?;
            let mu = pos.first().map(float).transpose()?.unwrap_or(0.0);
            let sigma = pos.get(1).map(float).transpose()?.unwrap_or(1.0);
            if short == "gauss" {
                let z = with(gen, |m| match m.gauss_next.take() {
                    Some(z) => z,
                    None => {
                        let x2pi = m.random() * std::f64::consts::TAU;
                        let g2rad = (-2.0 * (1.0 - m.random()).ln()).sqrt();
                        m.gauss_next = Some(x2pi.sin() * g2rad);
                        x2pi.cos() * g2rad
                    }
                });
                return Ok(Value::Float(mu + z * sigma));
            }
            Ok(Value::Float(mu + with(gen, normal) * sigma))
        }
        _ => unreachable!("random has no function {name}"),
    }
}

/// A standard normal deviate by Kinderman and Monahan's ratio method, as
/// CPython's `normalvariate` draws it.
fn normal(m: &mut Mt) -> f64 {
    const NV_MAGICCONST: f64 = 1.7155277699214135;
    loop {
        let u1 = m.random();
        let u2 = 1.0 - m.random();
        let z = NV_MAGICCONST * (u1 - 0.5) / u2;
        if z * z / 4.0 <= -u2.ln() {
            return z;
        }
    }
}

/// Python's float `%`: the result has the divisor's sign.
fn py_mod(a: f64, b: f64) -> f64 {
    let r = a % b;
    if r != 0.0 && (r < 0.0) != (b < 0.0) {
        r + b
    } else {
        r
    }
}

/// The von Mises distribution by Best and Fisher's method, as CPython
/// draws it.
fn vonmises(m: &mut Mt, mu: f64, kappa: f64) -> f64 {
    use std::f64::consts::{PI, TAU};
    if kappa <= 1e-6 {
        return TAU * m.random();
    }
    let s = 0.5 / kappa;
    let r = s + (1.0 + s * s).sqrt();
    let z = loop {
        let u1 = m.random();
        let z = (PI * u1).cos();
        let d = z / (r + z);
        let u2 = m.random();
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    if m.random() > 0.5 {
        py_mod(mu + f.acos(), TAU)
    } else {
        py_mod(mu - f.acos(), TAU)
    }
}

/// The gamma distribution (alpha, beta > 0): Cheng's method for alpha
/// above 1, the exponential at 1, algorithm GS below, as CPython draws it.
fn gamma(m: &mut Mt, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(PyErr::value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    if alpha > 1.0 {
        let log4 = 4.0f64.ln();
        let sg_magicconst = 1.0 + 4.5f64.ln();
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - log4;
        let ccc = alpha + ainv;
        loop {
            let u1 = m.random();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - m.random();
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magicconst - 4.5 * z >= 0.0 || r >= z.ln() {
                return Ok(x * beta);
            }
        }
    }
    if alpha == 1.0 {
        return Ok(-(1.0 - m.random()).ln() * beta);
    }
    let e = std::f64::consts::E;
    loop {
        let u = m.random();
        let b = (e + alpha) / e;
        let p = b * u;
        let x = if p <= 1.0 { p.powf(1.0 / alpha) } else { -((b - p) / alpha).ln() };
        let u1 = m.random();
        let accept = if p > 1.0 { u1 <= x.powf(alpha - 1.0) } else { u1 <= (-x).exp() };
        if accept {
            return Ok(x * beta);
        }
    }
}

/// `getstate()`: (3, the 624 state words and the position, gauss's kept
/// value), as CPython's.
fn getstate(m: &Mt) -> Value {
    let mut words: Vec<Value> = m.state.iter().map(|&w| Value::Int(w as i64)).collect();
    words.push(Value::Int(m.index as i64));
    let gauss = m.gauss_next.map_or(Value::None, Value::Float);
    Value::Tuple(crate::types::tuple::new(vec![Value::Int(3), Value::Tuple(crate::types::tuple::new(words)), gauss]))
}

/// `setstate(state)`, with CPython's checks.
fn setstate(m: &mut Mt, state: &Value) -> PyResult<()> {
    let items = match state {
        Value::Tuple(t) => t.items().to_vec(),
        other => {
            return Err(PyErr::type_error(format!("state vector must be a tuple, not {}", other.type_name())));
        }
    };
    let version = items.first().map(|v| v.to_int()).transpose()?.and_then(|v| v.as_i64());
    match (version, items.len()) {
        (Some(3), 3) => {}
        (Some(2), 3) => {
            return Err(PyErr::new(
                &crate::object::exc::NOT_IMPLEMENTED_ERROR,
                "pyaot's random.setstate() takes version 3 states only",
            ))
        }
        _ => {
            return Err(PyErr::value_error(format!(
                "state with version {} passed to Random.setstate() of version 3",
                items.first().map_or(String::new(), crate::ops::repr::repr)
            )))
        }
    }
    let Value::Tuple(words) = &items[1] else {
        return Err(PyErr::type_error("state vector must be a tuple"));
    };
    let words = words.items();
    if words.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (slot, w) in state.iter_mut().zip(words) {
        let v = w.to_int()?.as_i64().filter(|v| (0..=u32::MAX as i64).contains(v));
        *slot = v.ok_or_else(|| {
            PyErr::new(&crate::object::exc::OVERFLOW_ERROR, "Python int too large to convert to C unsigned long")
        })? as u32;
    }
    let index = words[N].to_int()?.as_i64().unwrap_or(-1);
    if !(0..=N as i64).contains(&index) {
        return Err(PyErr::value_error("invalid state"));
    }
    m.state = state;
    m.index = index as usize;
    m.gauss_next = match &items[2] {
        Value::None => None,
        v => Some(v.to_f64()?),
    };
    Ok(())
}
