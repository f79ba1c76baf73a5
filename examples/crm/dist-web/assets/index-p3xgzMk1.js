(() => {
  const g = document.createElement('link').relList;
  if (g && g.supports && g.supports('modulepreload')) return;
  for (const z of document.querySelectorAll('link[rel="modulepreload"]')) o(z);
  new MutationObserver((z) => {
    for (const O of z)
      if (O.type === 'childList')
        for (const N of O.addedNodes) N.tagName === 'LINK' && N.rel === 'modulepreload' && o(N);
  }).observe(document, { childList: !0, subtree: !0 });
  function S(z) {
    const O = {};
    return (
      z.integrity && (O.integrity = z.integrity),
      z.referrerPolicy && (O.referrerPolicy = z.referrerPolicy),
      z.crossOrigin === 'use-credentials'
        ? (O.credentials = 'include')
        : z.crossOrigin === 'anonymous'
          ? (O.credentials = 'omit')
          : (O.credentials = 'same-origin'),
      O
    );
  }
  function o(z) {
    if (z.ep) return;
    z.ep = !0;
    const O = S(z);
    fetch(z.href, O);
  }
})();
var _s = { exports: {} },
  nn = {};
var im;
function ph() {
  if (im) return nn;
  im = 1;
  var f = Symbol.for('react.transitional.element'),
    g = Symbol.for('react.fragment');
  function S(o, z, O) {
    var N = null;
    if ((O !== void 0 && (N = '' + O), z.key !== void 0 && (N = '' + z.key), 'key' in z)) {
      O = {};
      for (var U in z) U !== 'key' && (O[U] = z[U]);
    } else O = z;
    return ((z = O.ref), { $$typeof: f, type: o, key: N, ref: z !== void 0 ? z : null, props: O });
  }
  return ((nn.Fragment = g), (nn.jsx = S), (nn.jsxs = S), nn);
}
var fm;
function Hh() {
  return (fm || ((fm = 1), (_s.exports = ph())), _s.exports);
}
var M = Hh(),
  zs = { exports: {} },
  et = {};
var sm;
function xh() {
  if (sm) return et;
  sm = 1;
  var f = Symbol.for('react.transitional.element'),
    g = Symbol.for('react.portal'),
    S = Symbol.for('react.fragment'),
    o = Symbol.for('react.strict_mode'),
    z = Symbol.for('react.profiler'),
    O = Symbol.for('react.consumer'),
    N = Symbol.for('react.context'),
    U = Symbol.for('react.forward_ref'),
    x = Symbol.for('react.suspense'),
    D = Symbol.for('react.memo'),
    _ = Symbol.for('react.lazy'),
    y = Symbol.for('react.activity'),
    p = Symbol.for('react.view_transition'),
    j = Symbol.iterator;
  function W(d) {
    return d === null || typeof d != 'object'
      ? null
      : ((d = (j && d[j]) || d['@@iterator']), typeof d == 'function' ? d : null);
  }
  var I = {
      isMounted: () => !1,
      enqueueForceUpdate: () => {},
      enqueueReplaceState: () => {},
      enqueueSetState: () => {},
    },
    ct = Object.assign,
    vt = {};
  function at(d, R, w) {
    (this.props = d), (this.context = R), (this.refs = vt), (this.updater = w || I);
  }
  (at.prototype.isReactComponent = {}),
    (at.prototype.setState = function (d, R) {
      if (typeof d != 'object' && typeof d != 'function' && d != null)
        throw Error(
          'takes an object of state variables to update or a function which returns an object of state variables.',
        );
      this.updater.enqueueSetState(this, d, R, 'setState');
    }),
    (at.prototype.forceUpdate = function (d) {
      this.updater.enqueueForceUpdate(this, d, 'forceUpdate');
    });
  function Ct() {}
  Ct.prototype = at.prototype;
  function Bt(d, R, w) {
    (this.props = d), (this.context = R), (this.refs = vt), (this.updater = w || I);
  }
  var G = (Bt.prototype = new Ct());
  (G.constructor = Bt), ct(G, at.prototype), (G.isPureReactComponent = !0);
  var B = Array.isArray;
  function X() {}
  var J = { H: null, A: null, T: null, S: null },
    yt = Object.prototype.hasOwnProperty;
  function Ut(d, R, w) {
    var $ = w.ref;
    return { $$typeof: f, type: d, key: R, ref: $ !== void 0 ? $ : null, props: w };
  }
  function H(d, R) {
    return Ut(d.type, R, d.props);
  }
  function P(d) {
    return typeof d == 'object' && d !== null && d.$$typeof === f;
  }
  function gt(d) {
    var R = { '=': '=0', ':': '=2' };
    return '$' + d.replace(/[=:]/g, (w) => R[w]);
  }
  var jt = /\/+/g;
  function ft(d, R) {
    return typeof d == 'object' && d !== null && d.key != null ? gt('' + d.key) : R.toString(36);
  }
  function q(d) {
    switch (d.status) {
      case 'fulfilled':
        return d.value;
      case 'rejected':
        throw d.reason;
      default:
        switch (
          (typeof d.status == 'string'
            ? d.then(X, X)
            : ((d.status = 'pending'),
              d.then(
                (R) => {
                  d.status === 'pending' && ((d.status = 'fulfilled'), (d.value = R));
                },
                (R) => {
                  d.status === 'pending' && ((d.status = 'rejected'), (d.reason = R));
                },
              )),
          d.status)
        ) {
          case 'fulfilled':
            return d.value;
          case 'rejected':
            throw d.reason;
        }
    }
    throw d;
  }
  function F(d, R, w, $, ht) {
    var St = typeof d;
    (St === 'undefined' || St === 'boolean') && (d = null);
    var Tt = !1;
    if (d === null) Tt = !0;
    else
      switch (St) {
        case 'bigint':
        case 'string':
        case 'number':
          Tt = !0;
          break;
        case 'object':
          switch (d.$$typeof) {
            case f:
            case g:
              Tt = !0;
              break;
            case _:
              return ((Tt = d._init), F(Tt(d._payload), R, w, $, ht));
          }
      }
    if (Tt)
      return (
        (ht = ht(d)),
        (Tt = $ === '' ? '.' + ft(d, 0) : $),
        B(ht)
          ? ((w = ''), Tt != null && (w = Tt.replace(jt, '$&/') + '/'), F(ht, R, w, '', (ae) => ae))
          : ht != null &&
            (P(ht) &&
              (ht = H(
                ht,
                w +
                  (ht.key == null || (d && d.key === ht.key) ? '' : ('' + ht.key).replace(jt, '$&/') + '/') +
                  Tt,
              )),
            R.push(ht)),
        1
      );
    Tt = 0;
    var Z = $ === '' ? '.' : $ + ':';
    if (B(d))
      for (var lt = 0; lt < d.length; lt++) ($ = d[lt]), (St = Z + ft($, lt)), (Tt += F($, R, w, St, ht));
    else if (((lt = W(d)), typeof lt == 'function'))
      for (d = lt.call(d), lt = 0; !($ = d.next()).done; )
        ($ = $.value), (St = Z + ft($, lt++)), (Tt += F($, R, w, St, ht));
    else if (St === 'object') {
      if (typeof d.then == 'function') return F(q(d), R, w, $, ht);
      throw (
        (R = String(d)),
        Error(
          'Objects are not valid as a React child (found: ' +
            (R === '[object Object]' ? 'object with keys {' + Object.keys(d).join(', ') + '}' : R) +
            '). If you meant to render a collection of children, use an array instead.',
        )
      );
    }
    return Tt;
  }
  function tt(d, R, w) {
    if (d == null) return d;
    var $ = [],
      ht = 0;
    return (F(d, $, '', '', (St) => R.call(w, St, ht++)), $);
  }
  function Dt(d) {
    if (d._status === -1) {
      var R = d._result,
        w = R();
      w.then(
        ($) => {
          (d._status === 0 || d._status === -1) &&
            ((d._status = 1),
            (d._result = $),
            w.status === void 0 && ((w.status = 'fulfilled'), (w.value = $)));
        },
        ($) => {
          (d._status === 0 || d._status === -1) &&
            ((d._status = 2),
            (d._result = $),
            w.status === void 0 && ((w.status = 'rejected'), (w.reason = $)));
        },
      ),
        d._status === -1 && ((d._status = 0), (d._result = w));
    }
    if (d._status === 1) return d._result.default;
    throw d._result;
  }
  var _t =
    typeof reportError == 'function'
      ? reportError
      : (d) => {
          if (typeof window == 'object' && typeof window.ErrorEvent == 'function') {
            var R = new window.ErrorEvent('error', {
              bubbles: !0,
              cancelable: !0,
              message:
                typeof d == 'object' && d !== null && typeof d.message == 'string'
                  ? String(d.message)
                  : String(d),
              error: d,
            });
            if (!window.dispatchEvent(R)) return;
          } else if (typeof process == 'object' && typeof process.emit == 'function') {
            process.emit('uncaughtException', d);
            return;
          }
          console.error(d);
        };
  function Bl(d) {
    var R = J.T,
      w = {};
    (w.types = R !== null ? R.types : null), (J.T = w);
    try {
      var $ = d(),
        ht = J.S;
      ht !== null && ht(w, $),
        typeof $ == 'object' && $ !== null && typeof $.then == 'function' && $.then(X, _t);
    } catch (St) {
      _t(St);
    } finally {
      R !== null && w.types !== null && (R.types = w.types), (J.T = R);
    }
  }
  function ee(d) {
    var R = J.T;
    if (R !== null) {
      var w = R.types;
      w === null ? (R.types = [d]) : w.indexOf(d) === -1 && w.push(d);
    } else Bl(ee.bind(null, d));
  }
  var We = {
    map: tt,
    forEach: (d, R, w) => {
      tt(
        d,
        function () {
          R.apply(this, arguments);
        },
        w,
      );
    },
    count: (d) => {
      var R = 0;
      return (
        tt(d, () => {
          R++;
        }),
        R
      );
    },
    toArray: (d) => tt(d, (R) => R) || [],
    only: (d) => {
      if (!P(d)) throw Error('React.Children.only expected to receive a single React element child.');
      return d;
    },
  };
  return (
    (et.Activity = y),
    (et.Children = We),
    (et.Component = at),
    (et.Fragment = S),
    (et.Profiler = z),
    (et.PureComponent = Bt),
    (et.StrictMode = o),
    (et.Suspense = x),
    (et.ViewTransition = p),
    (et.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE = J),
    (et.__COMPILER_RUNTIME = { __proto__: null, c: (d) => J.H.useMemoCache(d) }),
    (et.addTransitionType = ee),
    (et.cache = (d) =>
      function () {
        return d.apply(null, arguments);
      }),
    (et.cacheSignal = () => null),
    (et.cloneElement = function (d, R, w) {
      if (d == null) throw Error('The argument must be a React element, but you passed ' + d + '.');
      var $ = ct({}, d.props),
        ht = d.key;
      if (R != null)
        for (St in (R.key !== void 0 && (ht = '' + R.key), R))
          !yt.call(R, St) ||
            St === 'key' ||
            St === '__self' ||
            St === '__source' ||
            (St === 'ref' && R.ref === void 0) ||
            ($[St] = R[St]);
      var St = arguments.length - 2;
      if (St === 1) $.children = w;
      else if (1 < St) {
        for (var Tt = Array(St), Z = 0; Z < St; Z++) Tt[Z] = arguments[Z + 2];
        $.children = Tt;
      }
      return Ut(d.type, ht, $);
    }),
    (et.createContext = (d) => (
      (d = {
        $$typeof: N,
        _currentValue: d,
        _currentValue2: d,
        _threadCount: 0,
        Provider: null,
        Consumer: null,
      }),
      (d.Provider = d),
      (d.Consumer = { $$typeof: O, _context: d }),
      d
    )),
    (et.createElement = function (d, R, w) {
      var $,
        ht = {},
        St = null;
      if (R != null)
        for ($ in (R.key !== void 0 && (St = '' + R.key), R))
          yt.call(R, $) && $ !== 'key' && $ !== '__self' && $ !== '__source' && (ht[$] = R[$]);
      var Tt = arguments.length - 2;
      if (Tt === 1) ht.children = w;
      else if (1 < Tt) {
        for (var Z = Array(Tt), lt = 0; lt < Tt; lt++) Z[lt] = arguments[lt + 2];
        ht.children = Z;
      }
      if (d && d.defaultProps) for ($ in ((Tt = d.defaultProps), Tt)) ht[$] === void 0 && (ht[$] = Tt[$]);
      return Ut(d, St, ht);
    }),
    (et.createRef = () => ({ current: null })),
    (et.forwardRef = (d) => ({ $$typeof: U, render: d })),
    (et.isValidElement = P),
    (et.lazy = (d) => ({ $$typeof: _, _payload: { _status: -1, _result: d }, _init: Dt })),
    (et.memo = (d, R) => ({ $$typeof: D, type: d, compare: R === void 0 ? null : R })),
    (et.startTransition = Bl),
    (et.unstable_useCacheRefresh = () => J.H.useCacheRefresh()),
    (et.use = (d) => J.H.use(d)),
    (et.useActionState = (d, R, w) => J.H.useActionState(d, R, w)),
    (et.useCallback = (d, R) => J.H.useCallback(d, R)),
    (et.useContext = (d) => J.H.useContext(d)),
    (et.useDebugValue = () => {}),
    (et.useDeferredValue = (d, R) => J.H.useDeferredValue(d, R)),
    (et.useEffect = (d, R) => J.H.useEffect(d, R)),
    (et.useEffectEvent = (d) => J.H.useEffectEvent(d)),
    (et.useId = () => J.H.useId()),
    (et.useImperativeHandle = (d, R, w) => J.H.useImperativeHandle(d, R, w)),
    (et.useInsertionEffect = (d, R) => J.H.useInsertionEffect(d, R)),
    (et.useLayoutEffect = (d, R) => J.H.useLayoutEffect(d, R)),
    (et.useMemo = (d, R) => J.H.useMemo(d, R)),
    (et.useOptimistic = (d, R) => J.H.useOptimistic(d, R)),
    (et.useReducer = (d, R, w) => J.H.useReducer(d, R, w)),
    (et.useRef = (d) => J.H.useRef(d)),
    (et.useState = (d) => J.H.useState(d)),
    (et.useSyncExternalStore = (d, R, w) => J.H.useSyncExternalStore(d, R, w)),
    (et.useTransition = () => J.H.useTransition()),
    (et.version = '19.3.1'),
    et
  );
}
var om;
function xs() {
  return (om || ((om = 1), (zs.exports = xh())), zs.exports);
}
var V = xs(),
  Ns = { exports: {} },
  cn = {},
  Os = { exports: {} },
  As = {};
var rm;
function jh() {
  return (
    rm ||
      ((rm = 1),
      ((f) => {
        function g(q, F) {
          var tt = q.length;
          q.push(F);
          for (; 0 < tt; ) {
            var Dt = (tt - 1) >>> 1,
              _t = q[Dt];
            if (0 < z(_t, F)) (q[Dt] = F), (q[tt] = _t), (tt = Dt);
            else break;
          }
        }
        function S(q) {
          return q.length === 0 ? null : q[0];
        }
        function o(q) {
          if (q.length === 0) return null;
          var F = q[0],
            tt = q.pop();
          if (tt !== F) {
            q[0] = tt;
            for (var Dt = 0, _t = q.length, Bl = _t >>> 1; Dt < Bl; ) {
              var ee = 2 * (Dt + 1) - 1,
                We = q[ee],
                d = ee + 1,
                R = q[d];
              if (0 > z(We, tt))
                d < _t && 0 > z(R, We)
                  ? ((q[Dt] = R), (q[d] = tt), (Dt = d))
                  : ((q[Dt] = We), (q[ee] = tt), (Dt = ee));
              else if (d < _t && 0 > z(R, tt)) (q[Dt] = R), (q[d] = tt), (Dt = d);
              else break;
            }
          }
          return F;
        }
        function z(q, F) {
          var tt = q.sortIndex - F.sortIndex;
          return tt !== 0 ? tt : q.id - F.id;
        }
        if (
          ((f.unstable_now = void 0), typeof performance == 'object' && typeof performance.now == 'function')
        ) {
          var O = performance;
          f.unstable_now = () => O.now();
        } else {
          var N = Date,
            U = N.now();
          f.unstable_now = () => N.now() - U;
        }
        var x = [],
          D = [],
          _ = 1,
          y = null,
          p = 3,
          j = !1,
          W = !1,
          I = !1,
          ct = !1,
          vt = typeof setTimeout == 'function' ? setTimeout : null,
          at = typeof clearTimeout == 'function' ? clearTimeout : null,
          Ct = typeof setImmediate < 'u' ? setImmediate : null;
        function Bt(q) {
          for (var F = S(D); F !== null; ) {
            if (F.callback === null) o(D);
            else if (F.startTime <= q) o(D), (F.sortIndex = F.expirationTime), g(x, F);
            else break;
            F = S(D);
          }
        }
        function G(q) {
          if (((I = !1), Bt(q), !W))
            if (S(x) !== null) (W = !0), B || ((B = !0), P());
            else {
              var F = S(D);
              F !== null && ft(G, F.startTime - q);
            }
        }
        var B = !1,
          X = -1,
          J = 5,
          yt = -1;
        function Ut() {
          return ct ? !0 : !(f.unstable_now() - yt < J);
        }
        function H() {
          if (((ct = !1), B)) {
            var q = f.unstable_now();
            yt = q;
            var F = !0;
            try {
              t: {
                (W = !1), I && ((I = !1), at(X), (X = -1)), (j = !0);
                var tt = p;
                try {
                  l: {
                    for (Bt(q), y = S(x); y !== null && !(y.expirationTime > q && Ut()); ) {
                      var Dt = y.callback;
                      if (typeof Dt == 'function') {
                        (y.callback = null), (p = y.priorityLevel);
                        var _t = Dt(y.expirationTime <= q);
                        if (((q = f.unstable_now()), typeof _t == 'function')) {
                          (y.callback = _t), Bt(q), (F = !0);
                          break l;
                        }
                        y === S(x) && o(x), Bt(q);
                      } else o(x);
                      y = S(x);
                    }
                    if (y !== null) F = !0;
                    else {
                      var Bl = S(D);
                      Bl !== null && ft(G, Bl.startTime - q), (F = !1);
                    }
                  }
                  break t;
                } finally {
                  (y = null), (p = tt), (j = !1);
                }
                F = void 0;
              }
            } finally {
              F ? P() : (B = !1);
            }
          }
        }
        var P;
        if (typeof Ct == 'function')
          P = () => {
            Ct(H);
          };
        else if (typeof MessageChannel < 'u') {
          var gt = new MessageChannel(),
            jt = gt.port2;
          (gt.port1.onmessage = H),
            (P = () => {
              jt.postMessage(null);
            });
        } else
          P = () => {
            vt(H, 0);
          };
        function ft(q, F) {
          X = vt(() => {
            q(f.unstable_now());
          }, F);
        }
        (f.unstable_IdlePriority = 5),
          (f.unstable_ImmediatePriority = 1),
          (f.unstable_LowPriority = 4),
          (f.unstable_NormalPriority = 3),
          (f.unstable_Profiling = null),
          (f.unstable_UserBlockingPriority = 2),
          (f.unstable_cancelCallback = (q) => {
            q.callback = null;
          }),
          (f.unstable_forceFrameRate = (q) => {
            0 > q || 125 < q
              ? console.error(
                  'forceFrameRate takes a positive int between 0 and 125, forcing frame rates higher than 125 fps is not supported',
                )
              : (J = 0 < q ? Math.floor(1e3 / q) : 5);
          }),
          (f.unstable_getCurrentPriorityLevel = () => p),
          (f.unstable_next = (q) => {
            switch (p) {
              case 1:
              case 2:
              case 3:
                var F = 3;
                break;
              default:
                F = p;
            }
            var tt = p;
            p = F;
            try {
              return q();
            } finally {
              p = tt;
            }
          }),
          (f.unstable_requestPaint = () => {
            ct = !0;
          }),
          (f.unstable_runWithPriority = (q, F) => {
            switch (q) {
              case 1:
              case 2:
              case 3:
              case 4:
              case 5:
                break;
              default:
                q = 3;
            }
            var tt = p;
            p = q;
            try {
              return F();
            } finally {
              p = tt;
            }
          }),
          (f.unstable_scheduleCallback = (q, F, tt) => {
            var Dt = f.unstable_now();
            switch (
              (typeof tt == 'object' && tt !== null
                ? ((tt = tt.delay), (tt = typeof tt == 'number' && 0 < tt ? Dt + tt : Dt))
                : (tt = Dt),
              q)
            ) {
              case 1:
                var _t = -1;
                break;
              case 2:
                _t = 250;
                break;
              case 5:
                _t = 1073741823;
                break;
              case 4:
                _t = 1e4;
                break;
              default:
                _t = 5e3;
            }
            return (
              (_t = tt + _t),
              (q = {
                id: _++,
                callback: F,
                priorityLevel: q,
                startTime: tt,
                expirationTime: _t,
                sortIndex: -1,
              }),
              tt > Dt
                ? ((q.sortIndex = tt),
                  g(D, q),
                  S(x) === null && q === S(D) && (I ? (at(X), (X = -1)) : (I = !0), ft(G, tt - Dt)))
                : ((q.sortIndex = _t), g(x, q), W || j || ((W = !0), B || ((B = !0), P()))),
              q
            );
          }),
          (f.unstable_shouldYield = Ut),
          (f.unstable_wrapCallback = (q) => {
            var F = p;
            return function () {
              var tt = p;
              p = F;
              try {
                return q.apply(this, arguments);
              } finally {
                p = tt;
              }
            };
          });
      })(As)),
    As
  );
}
var dm;
function Bh() {
  return (dm || ((dm = 1), (Os.exports = jh())), Os.exports);
}
var Cs = { exports: {} },
  ul = {};
var mm;
function qh() {
  if (mm) return ul;
  mm = 1;
  var f = xs();
  function g(_) {
    var y = 'https://react.dev/errors/' + _;
    if (1 < arguments.length) {
      y += '?args[]=' + encodeURIComponent(arguments[1]);
      for (var p = 2; p < arguments.length; p++) y += '&args[]=' + encodeURIComponent(arguments[p]);
    }
    return (
      'Minified React error #' +
      _ +
      '; visit ' +
      y +
      ' for the full message or use the non-minified dev environment for full errors and additional helpful warnings.'
    );
  }
  function S() {}
  var o = {
      d: {
        f: S,
        r: () => {
          throw Error(g(522));
        },
        D: S,
        C: S,
        L: S,
        m: S,
        X: S,
        S,
        M: S,
      },
      p: 0,
      findDOMNode: null,
    },
    z = Symbol.for('react.portal'),
    O = Symbol.for('react.recoverable'),
    N = Symbol.for('react.optimistic_key');
  function U(_, y, p) {
    var j = 3 < arguments.length && arguments[3] !== void 0 ? arguments[3] : null;
    return {
      $$typeof: z,
      key: j == null ? null : j === N ? N : '' + j,
      children: _,
      containerInfo: y,
      implementation: p,
    };
  }
  var x = f.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;
  function D(_, y) {
    if (_ === 'font') return '';
    if (typeof y == 'string') return y === 'use-credentials' ? y : '';
  }
  return (
    (ul.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE = o),
    (ul.browser = (_) => ({ $$typeof: O, _reason: _ })),
    (ul.createPortal = function (_, y) {
      var p = 2 < arguments.length && arguments[2] !== void 0 ? arguments[2] : null;
      if (!y || (y.nodeType !== 1 && y.nodeType !== 9 && y.nodeType !== 11)) throw Error(g(299));
      return U(_, y, null, p);
    }),
    (ul.flushSync = (_) => {
      var y = x.T,
        p = o.p;
      try {
        if (((x.T = null), (o.p = 2), _)) return _();
      } finally {
        (x.T = y), (o.p = p), o.d.f();
      }
    }),
    (ul.preconnect = (_, y) => {
      typeof _ == 'string' &&
        (y
          ? ((y = y.crossOrigin), (y = typeof y == 'string' ? (y === 'use-credentials' ? y : '') : void 0))
          : (y = null),
        o.d.C(_, y));
    }),
    (ul.prefetchDNS = (_) => {
      typeof _ == 'string' && o.d.D(_);
    }),
    (ul.preinit = (_, y) => {
      if (typeof _ == 'string' && y && typeof y.as == 'string') {
        var p = y.as,
          j = D(p, y.crossOrigin),
          W = typeof y.integrity == 'string' ? y.integrity : void 0,
          I = typeof y.fetchPriority == 'string' ? y.fetchPriority : void 0;
        p === 'style'
          ? o.d.S(_, typeof y.precedence == 'string' ? y.precedence : void 0, {
              crossOrigin: j,
              integrity: W,
              fetchPriority: I,
            })
          : p === 'script' &&
            o.d.X(_, {
              crossOrigin: j,
              integrity: W,
              fetchPriority: I,
              nonce: typeof y.nonce == 'string' ? y.nonce : void 0,
            });
      }
    }),
    (ul.preinitModule = (_, y) => {
      if (typeof _ == 'string')
        if (typeof y == 'object' && y !== null) {
          if (y.as == null || y.as === 'script') {
            var p = D(y.as, y.crossOrigin);
            o.d.M(_, {
              crossOrigin: p,
              integrity: typeof y.integrity == 'string' ? y.integrity : void 0,
              nonce: typeof y.nonce == 'string' ? y.nonce : void 0,
              fetchPriority: typeof y.fetchPriority == 'string' ? y.fetchPriority : void 0,
            });
          }
        } else y == null && o.d.M(_);
    }),
    (ul.preload = (_, y) => {
      if (typeof _ == 'string' && typeof y == 'object' && y !== null && typeof y.as == 'string') {
        var p = y.as,
          j = D(p, y.crossOrigin);
        o.d.L(_, p, {
          crossOrigin: j,
          integrity: typeof y.integrity == 'string' ? y.integrity : void 0,
          nonce: typeof y.nonce == 'string' ? y.nonce : void 0,
          type: typeof y.type == 'string' ? y.type : void 0,
          fetchPriority: typeof y.fetchPriority == 'string' ? y.fetchPriority : void 0,
          referrerPolicy: typeof y.referrerPolicy == 'string' ? y.referrerPolicy : void 0,
          imageSrcSet: typeof y.imageSrcSet == 'string' ? y.imageSrcSet : void 0,
          imageSizes: typeof y.imageSizes == 'string' ? y.imageSizes : void 0,
          media: typeof y.media == 'string' ? y.media : void 0,
        });
      }
    }),
    (ul.preloadModule = (_, y) => {
      if (typeof _ == 'string')
        if (y) {
          var p = D(y.as, y.crossOrigin);
          o.d.m(_, {
            as: typeof y.as == 'string' && y.as !== 'script' ? y.as : void 0,
            crossOrigin: p,
            integrity: typeof y.integrity == 'string' ? y.integrity : void 0,
            nonce: typeof y.nonce == 'string' ? y.nonce : void 0,
            fetchPriority: typeof y.fetchPriority == 'string' ? y.fetchPriority : void 0,
          });
        } else o.d.m(_);
    }),
    (ul.requestFormReset = (_) => {
      o.d.r(_);
    }),
    (ul.unstable_batchedUpdates = (_, y) => _(y)),
    (ul.useFormState = (_, y, p) => x.H.useFormState(_, y, p)),
    (ul.useFormStatus = () => x.H.useHostTransitionStatus()),
    (ul.version = '19.3.1'),
    ul
  );
}
var vm;
function Yh() {
  if (vm) return Cs.exports;
  vm = 1;
  function f() {
    if (
      !(
        typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ > 'u' ||
        typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE != 'function'
      )
    )
      try {
        __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(f);
      } catch (g) {
        console.error(g);
      }
  }
  return (f(), (Cs.exports = qh()), Cs.exports);
}
var ym;
function Gh() {
  if (ym) return cn;
  ym = 1;
  var f = Bh(),
    g = xs(),
    S = Yh();
  function o(t) {
    var l = 'https://react.dev/errors/' + t;
    if (1 < arguments.length) {
      l += '?args[]=' + encodeURIComponent(arguments[1]);
      for (var e = 2; e < arguments.length; e++) l += '&args[]=' + encodeURIComponent(arguments[e]);
    }
    return (
      'Minified React error #' +
      t +
      '; visit ' +
      l +
      ' for the full message or use the non-minified dev environment for full errors and additional helpful warnings.'
    );
  }
  function z(t) {
    return !(!t || (t.nodeType !== 1 && t.nodeType !== 9 && t.nodeType !== 11));
  }
  function O(t) {
    for (var l = t, e = l; e && !e.alternate; )
      (l = e), (l.flags & 4098) !== 0 && (t = l.return), (e = l.return);
    for (; l.return; ) l = l.return;
    return l.tag === 3 ? t : null;
  }
  function N(t) {
    if (t.tag === 13) {
      var l = t.memoizedState;
      if ((l === null && ((t = t.alternate), t !== null && (l = t.memoizedState)), l !== null))
        return l.dehydrated;
    }
    return null;
  }
  function U(t) {
    if (t.tag === 31) {
      var l = t.memoizedState;
      if ((l === null && ((t = t.alternate), t !== null && (l = t.memoizedState)), l !== null))
        return l.dehydrated;
    }
    return null;
  }
  function x(t) {
    if (O(t) !== t) throw Error(o(188));
  }
  function D(t) {
    var l = t.alternate;
    if (!l) {
      if (((l = O(t)), l === null)) throw Error(o(188));
      return l !== t ? null : t;
    }
    for (var e = t, a = l; ; ) {
      var u = e.return;
      if (u === null) break;
      var n = u.alternate;
      if (n === null) {
        if (((a = u.return), a !== null)) {
          e = a;
          continue;
        }
        break;
      }
      if (u.child === n.child) {
        for (n = u.child; n; ) {
          if (n === e) return (x(u), t);
          if (n === a) return (x(u), l);
          n = n.sibling;
        }
        throw Error(o(188));
      }
      if (e.return !== a.return) (e = u), (a = n);
      else {
        for (var c = !1, i = u.child; i; ) {
          if (i === e) {
            (c = !0), (e = u), (a = n);
            break;
          }
          if (i === a) {
            (c = !0), (a = u), (e = n);
            break;
          }
          i = i.sibling;
        }
        if (!c) {
          for (i = n.child; i; ) {
            if (i === e) {
              (c = !0), (e = n), (a = u);
              break;
            }
            if (i === a) {
              (c = !0), (a = n), (e = u);
              break;
            }
            i = i.sibling;
          }
          if (!c) throw Error(o(189));
        }
      }
      if (e.alternate !== a) throw Error(o(190));
    }
    if (e.tag !== 3) throw Error(o(188));
    return e.stateNode.current === e ? t : l;
  }
  function _(t) {
    var l = t.tag;
    if (l === 5 || l === 26 || l === 27 || l === 6) return t;
    for (t = t.child; t !== null; ) {
      if (((l = _(t)), l !== null)) return l;
      t = t.sibling;
    }
    return null;
  }
  function y(t, l, e, a, u, n) {
    for (; t !== null; ) {
      if (
        ((t.tag === 5 || t.tag === 27 || t.tag === 6) && e(t, a, u, n)) ||
        ((t.tag !== 22 || t.memoizedState === null) &&
          (l || (t.tag !== 5 && t.tag !== 27)) &&
          y(t.child, l, e, a, u, n))
      )
        return !0;
      t = t.sibling;
    }
    return !1;
  }
  function p(t) {
    for (t = t.return; t !== null; ) {
      if (t.tag === 3 || t.tag === 5 || t.tag === 27) return t;
      t = t.return;
    }
    return null;
  }
  function j(t) {
    var l = !1;
    for (
      t = t.return;
      t !== null && (t.tag === 4 && (l = !0), !(t.tag === 3 || t.tag === 5 || t.tag === 27));
    )
      t = t.return;
    return l;
  }
  function W(t) {
    var l = [null, null],
      e = p(t);
    return (e === null || I(l, t, e.child, { foundSelf: !1 }), l);
  }
  function I(t, l, e, a) {
    for (; e !== null; ) {
      if (e === l) a.foundSelf = !0;
      else if (e.tag === 5 || e.tag === 27 || e.tag === 6) {
        if (a.foundSelf) return ((t[1] = e), !0);
        t[0] = e;
      } else if ((e.tag !== 22 || e.memoizedState === null) && I(t, l, e.child, a)) return !0;
      e = e.sibling;
    }
    return !1;
  }
  function ct(t) {
    switch (t.tag) {
      case 5:
      case 27:
      case 6:
        return t.stateNode;
      case 3:
        return t.stateNode.containerInfo;
      default:
        throw Error(o(559));
    }
  }
  var vt = null,
    at = null;
  function Ct(t, l, e) {
    return t === e ? !0 : t === l ? ((vt = t), !0) : !1;
  }
  function Bt(t, l, e) {
    return t === e ? ((at = t), !1) : t === l ? (at !== null && (vt = t), !0) : !1;
  }
  function G(t) {
    if (t === null) return null;
    do t = t === null ? null : t.return;
    while (t && t.tag !== 5 && t.tag !== 27 && t.tag !== 3);
    return t || null;
  }
  function B(t, l, e) {
    for (var a = 0, u = t; u; u = e(u)) a++;
    u = 0;
    for (var n = l; n; n = e(n)) u++;
    for (; 0 < a - u; ) (t = e(t)), a--;
    for (; 0 < u - a; ) (l = e(l)), u--;
    for (; a--; ) {
      if (t === l || (l !== null && t === l.alternate)) return t;
      (t = e(t)), (l = e(l));
    }
    return null;
  }
  var X = Object.assign,
    J = Symbol.for('react.element'),
    yt = Symbol.for('react.transitional.element'),
    Ut = Symbol.for('react.portal'),
    H = Symbol.for('react.fragment'),
    P = Symbol.for('react.strict_mode'),
    gt = Symbol.for('react.profiler'),
    jt = Symbol.for('react.consumer'),
    ft = Symbol.for('react.context'),
    q = Symbol.for('react.forward_ref'),
    F = Symbol.for('react.suspense'),
    tt = Symbol.for('react.suspense_list'),
    Dt = Symbol.for('react.memo'),
    _t = Symbol.for('react.lazy'),
    Bl = Symbol.for('react.activity'),
    ee = Symbol.for('react.legacy_hidden'),
    We = Symbol.for('react.memo_cache_sentinel'),
    d = Symbol.for('react.view_transition'),
    R = Symbol.for('react.recoverable'),
    w = Symbol.iterator;
  function $(t) {
    return t === null || typeof t != 'object'
      ? null
      : ((t = (w && t[w]) || t['@@iterator']), typeof t == 'function' ? t : null);
  }
  var ht = Symbol.for('react.client.reference');
  function St(t) {
    if (t == null) return null;
    if (typeof t == 'function') return t.$$typeof === ht ? null : t.displayName || t.name || null;
    if (typeof t == 'string') return t;
    switch (t) {
      case H:
        return 'Fragment';
      case gt:
        return 'Profiler';
      case P:
        return 'StrictMode';
      case F:
        return 'Suspense';
      case tt:
        return 'SuspenseList';
      case Bl:
        return 'Activity';
      case d:
        return 'ViewTransition';
    }
    if (typeof t == 'object')
      switch (t.$$typeof) {
        case Ut:
          return 'Portal';
        case ft:
          return t.displayName || 'Context';
        case jt:
          return (t._context.displayName || 'Context') + '.Consumer';
        case q:
          var l = t.render;
          return (
            (t = t.displayName),
            t ||
              ((t = l.displayName || l.name || ''), (t = t !== '' ? 'ForwardRef(' + t + ')' : 'ForwardRef')),
            t
          );
        case Dt:
          return ((l = t.displayName || null), l !== null ? l : St(t.type) || 'Memo');
        case _t:
          (l = t._payload), (t = t._init);
          try {
            return St(t(l));
          } catch {}
      }
    return null;
  }
  var Tt = Array.isArray,
    Z = g.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,
    lt = S.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,
    ae = { pending: !1, data: null, method: null, action: null },
    Xc = [],
    Ta = -1;
  function Vl(t) {
    return { current: t };
  }
  function It(t) {
    0 > Ta || ((t.current = Xc[Ta]), (Xc[Ta] = null), Ta--);
  }
  function pt(t, l) {
    Ta++, (Xc[Ta] = t.current), (t.current = l);
  }
  var Zl = Vl(null),
    ru = Vl(null),
    be = Vl(null),
    fn = Vl(null);
  function sn(t, l) {
    switch ((pt(be, l), pt(ru, t), pt(Zl, null), l.nodeType)) {
      case 9:
      case 11:
        t = (t = l.documentElement) && (t = t.namespaceURI) ? h0(t) : 0;
        break;
      default:
        if (((t = l.tagName), (l = l.namespaceURI))) (l = h0(l)), (t = g0(l, t));
        else
          switch (t) {
            case 'svg':
              t = 1;
              break;
            case 'math':
              t = 2;
              break;
            default:
              t = 0;
          }
    }
    It(Zl), pt(Zl, t);
  }
  function Ea() {
    It(Zl), It(ru), It(be);
  }
  function Qc(t) {
    var l = t.memoizedState;
    l !== null && ((fu._currentValue = l.memoizedState), pt(fn, t)), (l = Zl.current);
    var e = g0(l, t.type);
    l !== e && (pt(ru, t), pt(Zl, e));
  }
  function on(t) {
    ru.current === t && (It(Zl), It(ru)), fn.current === t && (It(fn), (fu._currentValue = ae));
  }
  var Lc, Bs;
  function Te(t) {
    if (Lc === void 0)
      try {
        throw Error();
      } catch (e) {
        var l = e.stack.trim().match(/\n( *(at )?)/);
        (Lc = (l && l[1]) || ''),
          (Bs =
            -1 <
            e.stack.indexOf(`
    at`)
              ? ' (<anonymous>)'
              : -1 < e.stack.indexOf('@')
                ? '@unknown:0:0'
                : '');
      }
    return (
      `
` +
      Lc +
      t +
      Bs
    );
  }
  var Vc = !1;
  function Zc(t, l) {
    if (!t || Vc) return '';
    Vc = !0;
    var e = Error.prepareStackTrace;
    Error.prepareStackTrace = void 0;
    try {
      var a = {
        DetermineComponentFrameRoot: () => {
          try {
            if (l) {
              var C = () => {
                throw Error();
              };
              if (
                (Object.defineProperty(C.prototype, 'props', {
                  set: () => {
                    throw Error();
                  },
                }),
                typeof Reflect == 'object' && Reflect.construct)
              ) {
                try {
                  Reflect.construct(C, []);
                } catch (Y) {
                  var m = Y;
                }
                Reflect.construct(t, [], C);
              } else {
                try {
                  C.call();
                } catch (Y) {
                  m = Y;
                }
                C = !1;
                try {
                  var T = Object.getOwnPropertyDescriptor(t.prototype, 'props');
                  Object.defineProperty(t.prototype, 'props', {
                    configurable: !0,
                    set: () => {
                      throw Error();
                    },
                  }),
                    (C = !0),
                    new t();
                } finally {
                  C &&
                    (T !== void 0
                      ? Object.defineProperty(t.prototype, 'props', T)
                      : delete t.prototype.props);
                }
              }
            } else {
              try {
                throw Error();
              } catch (Y) {
                m = Y;
              }
              (C = t()) && typeof C.catch == 'function' && C.catch(() => {});
            }
          } catch (Y) {
            if (Y && m && typeof Y.stack == 'string') return [Y.stack, m.stack];
          }
          return [null, null];
        },
      };
      a.DetermineComponentFrameRoot.displayName = 'DetermineComponentFrameRoot';
      var u = Object.getOwnPropertyDescriptor(a.DetermineComponentFrameRoot, 'name');
      u &&
        u.configurable &&
        Object.defineProperty(a.DetermineComponentFrameRoot, 'name', {
          value: 'DetermineComponentFrameRoot',
        });
      var n = a.DetermineComponentFrameRoot(),
        c = n[0],
        i = n[1];
      if (c && i) {
        var s = c.split(`
`),
          h = i.split(`
`);
        for (u = a = 0; a < s.length && !s[a].includes('DetermineComponentFrameRoot'); ) a++;
        for (; u < h.length && !h[u].includes('DetermineComponentFrameRoot'); ) u++;
        if (a === s.length || u === h.length)
          for (a = s.length - 1, u = h.length - 1; 1 <= a && 0 <= u && s[a] !== h[u]; ) u--;
        for (; 1 <= a && 0 <= u; a--, u--)
          if (s[a] !== h[u]) {
            if (a !== 1 || u !== 1)
              do
                if ((a--, u--, 0 > u || s[a] !== h[u])) {
                  var E =
                    `
` + s[a].replace(' at new ', ' at ');
                  return (
                    t.displayName &&
                      E.includes('<anonymous>') &&
                      (E = E.replace('<anonymous>', t.displayName)),
                    E
                  );
                }
              while (1 <= a && 0 <= u);
            break;
          }
      }
    } finally {
      (Vc = !1), (Error.prepareStackTrace = e);
    }
    return (e = t ? t.displayName || t.name : '') ? Te(e) : '';
  }
  function Bm(t, l) {
    switch (t.tag) {
      case 26:
      case 27:
      case 5:
        return Te(t.type);
      case 16:
        return Te('Lazy');
      case 13:
        return t.child !== l && l !== null ? Te('Suspense Fallback') : Te('Suspense');
      case 19:
        return Te('SuspenseList');
      case 0:
      case 15:
        return Zc(t.type, !1);
      case 11:
        return Zc(t.type.render, !1);
      case 1:
        return Zc(t.type, !0);
      case 31:
        return Te('Activity');
      case 30:
        return Te('ViewTransition');
      default:
        return '';
    }
  }
  function qs(t) {
    try {
      var l = '',
        e = null;
      do (l += Bm(t, e)), (e = t), (t = t.return);
      while (t);
      return l;
    } catch (a) {
      return (
        `
Error generating stack: ` +
        a.message +
        `
` +
        a.stack
      );
    }
  }
  var Kc = Object.prototype.hasOwnProperty,
    Jc = f.unstable_scheduleCallback,
    wc = f.unstable_cancelCallback,
    qm = f.unstable_shouldYield,
    Ym = f.unstable_requestPaint,
    hl = f.unstable_now,
    Gm = f.unstable_getCurrentPriorityLevel,
    Ys = f.unstable_ImmediatePriority,
    Gs = f.unstable_UserBlockingPriority,
    rn = f.unstable_NormalPriority,
    Xm = f.unstable_LowPriority,
    Xs = f.unstable_IdlePriority,
    Qm = f.log,
    Lm = f.unstable_setDisableYieldValue,
    du = null,
    gl = null;
  function Ee(t) {
    if ((typeof Qm == 'function' && Lm(t), gl && typeof gl.setStrictMode == 'function'))
      try {
        gl.setStrictMode(du, t);
      } catch {}
  }
  var Sl = Math.clz32 ? Math.clz32 : Km,
    Vm = Math.log,
    Zm = Math.LN2;
  function Km(t) {
    return ((t >>>= 0), t === 0 ? 32 : (31 - ((Vm(t) / Zm) | 0)) | 0);
  }
  var dn = 256,
    mn = 262144,
    vn = 4194304;
  function Fe(t) {
    var l = t & 42;
    if (l !== 0) return l;
    switch (t & -t) {
      case 1:
        return 1;
      case 2:
        return 2;
      case 4:
        return 4;
      case 8:
        return 8;
      case 16:
        return 16;
      case 32:
        return 32;
      case 64:
        return 64;
      case 128:
        return 128;
      case 256:
      case 512:
      case 1024:
      case 2048:
      case 4096:
      case 8192:
      case 16384:
      case 32768:
      case 65536:
      case 131072:
        return t & -t;
      case 262144:
      case 524288:
      case 1048576:
      case 2097152:
        return t & 3932160;
      case 4194304:
      case 8388608:
      case 16777216:
      case 33554432:
        return t & 62914560;
      case 67108864:
        return 67108864;
      case 134217728:
        return 134217728;
      case 268435456:
        return 268435456;
      case 536870912:
        return 536870912;
      case 1073741824:
        return 0;
      default:
        return t;
    }
  }
  function yn(t, l, e) {
    var a = t.pendingLanes;
    if (a === 0) return 0;
    var u = 0,
      n = t.suspendedLanes,
      c = t.pingedLanes;
    t = t.warmLanes;
    var i = a & 134217727;
    return (
      i !== 0
        ? ((a = i & ~n),
          a !== 0
            ? (u = Fe(a))
            : ((c &= i), c !== 0 ? (u = Fe(c)) : e || ((e = i & ~t), e !== 0 && (u = Fe(e)))))
        : ((i = a & ~n),
          i !== 0 ? (u = Fe(i)) : c !== 0 ? (u = Fe(c)) : e || ((e = a & ~t), e !== 0 && (u = Fe(e)))),
      u === 0
        ? 0
        : l !== 0 &&
            l !== u &&
            (l & n) === 0 &&
            ((n = u & -u), (e = l & -l), n >= e || (n === 32 && (e & 4194048) !== 0))
          ? l
          : u
    );
  }
  function mu(t, l) {
    return (t.pendingLanes & ~(t.suspendedLanes & ~t.pingedLanes) & l) === 0;
  }
  function Qs(t, l) {
    (l & 8) !== 0 && (l |= l & 32);
    var e = t.entangledLanes;
    if (e !== 0)
      for (t = t.entanglements, e &= l; 0 < e; ) {
        var a = 31 - Sl(e),
          u = 1 << a;
        (l |= t[a]), (e &= ~u);
      }
    return l;
  }
  function Jm(t, l) {
    switch (t) {
      case 1:
      case 2:
      case 4:
      case 8:
      case 64:
        return l + 250;
      case 16:
      case 32:
      case 128:
      case 256:
      case 512:
      case 1024:
      case 2048:
      case 4096:
      case 8192:
      case 16384:
      case 32768:
      case 65536:
      case 131072:
      case 262144:
      case 524288:
      case 1048576:
      case 2097152:
        return l + 5e3;
      case 4194304:
      case 8388608:
      case 16777216:
      case 33554432:
        return -1;
      case 67108864:
      case 134217728:
      case 268435456:
      case 536870912:
      case 1073741824:
        return -1;
      default:
        return -1;
    }
  }
  function Ls() {
    var t = vn;
    return ((vn <<= 1), (vn & 62914560) === 0 && (vn = 4194304), t);
  }
  function $c(t) {
    for (var l = [], e = 0; 31 > e; e++) l.push(t);
    return l;
  }
  function vu(t, l) {
    (t.pendingLanes |= l),
      l !== 268435456 && ((t.suspendedLanes = 0), (t.pingedLanes = 0), (t.warmLanes = 0));
  }
  function wm(t, l, e, a, u, n) {
    var c = t.pendingLanes;
    (t.pendingLanes = e),
      (t.suspendedLanes = 0),
      (t.pingedLanes = 0),
      (t.warmLanes = 0),
      (t.expiredLanes &= e),
      (t.entangledLanes &= e),
      (t.errorRecoveryDisabledLanes &= e),
      (t.shellSuspendCounter = 0);
    var i = t.entanglements,
      s = t.expirationTimes,
      h = t.hiddenUpdates;
    for (e = c & ~e; 0 < e; ) {
      var E = 31 - Sl(e),
        C = 1 << E;
      (i[E] = 0), (s[E] = -1);
      var m = h[E];
      if (m !== null)
        for (h[E] = null, E = 0; E < m.length; E++) {
          var T = m[E];
          T !== null && (T.lane &= -536870913);
        }
      e &= ~C;
    }
    a !== 0 && Vs(t, a, 0), n !== 0 && u === 0 && t.tag !== 0 && (t.suspendedLanes |= n & ~(c & ~l));
  }
  function Vs(t, l, e) {
    (t.pendingLanes |= l), (t.suspendedLanes &= ~l);
    var a = 31 - Sl(l);
    (t.entangledLanes |= l), (t.entanglements[a] = t.entanglements[a] | 1073741824 | (e & 261930));
  }
  function Zs(t, l) {
    var e = (t.entangledLanes |= l);
    for (t = t.entanglements; e; ) {
      var a = 31 - Sl(e),
        u = 1 << a;
      (u & l) | (t[a] & l) && (t[a] |= l), (e &= ~u);
    }
  }
  function Ks(t, l) {
    var e = l & -l;
    return ((e = (e & 42) !== 0 ? 1 : Wc(e)), (e & (t.suspendedLanes | l)) !== 0 ? 0 : e);
  }
  function Wc(t) {
    switch (t) {
      case 2:
        t = 1;
        break;
      case 8:
        t = 4;
        break;
      case 32:
        t = 16;
        break;
      case 256:
      case 512:
      case 1024:
      case 2048:
      case 4096:
      case 8192:
      case 16384:
      case 32768:
      case 65536:
      case 131072:
      case 262144:
      case 524288:
      case 1048576:
      case 2097152:
      case 4194304:
      case 8388608:
      case 16777216:
      case 33554432:
        t = 128;
        break;
      case 268435456:
        t = 134217728;
        break;
      default:
        t = 0;
    }
    return t;
  }
  function Fc(t) {
    return ((t &= -t), 2 < t ? (8 < t ? ((t & 134217727) !== 0 ? 32 : 268435456) : 8) : 2);
  }
  function Js() {
    var t = lt.p;
    return t !== 0 ? t : ((t = window.event), t === void 0 ? 32 : tm(t.type));
  }
  function ws(t, l) {
    var e = lt.p;
    try {
      return ((lt.p = t), l());
    } finally {
      lt.p = e;
    }
  }
  var ue = Math.random().toString(36).slice(2),
    kt = '__reactFiber$' + ue,
    ol = '__reactProps$' + ue,
    _a = '__reactContainer$' + ue,
    $s = '__reactEvents$' + ue,
    $m = '__reactListeners$' + ue,
    Wm = '__reactHandles$' + ue,
    Ws = '__reactResources$' + ue,
    yu = '__reactMarker$' + ue,
    hn = '__reactLoad$' + ue;
  function gn(t) {
    delete t[kt], delete t[ol], delete t[$m], delete t[Wm];
  }
  function Ie(t) {
    var l;
    if ((l = t[kt])) return l;
    for (var e = t.parentNode; e; ) {
      if ((l = e[_a] || e[kt])) {
        if (((e = l.alternate), l.child !== null || (e !== null && e.child !== null)))
          for (t = x0(t); t !== null; ) {
            if ((e = t[kt])) return e;
            t = x0(t);
          }
        return l;
      }
      (t = e), (e = t.parentNode);
    }
    return null;
  }
  function za(t) {
    if ((t = t[kt] || t[_a])) {
      var l = t.tag;
      if (l === 5 || l === 6 || l === 13 || l === 31 || l === 26 || l === 27 || l === 3) return t;
    }
    return null;
  }
  function hu(t) {
    var l = t.tag;
    if (l === 5 || l === 26 || l === 27 || l === 6) return t.stateNode;
    throw Error(o(33));
  }
  function Na(t) {
    var l = t[Ws];
    return (l || (l = t[Ws] = { hoistableStyles: new Map(), hoistableScripts: new Map() }), l);
  }
  function wt(t) {
    t[yu] = !0;
  }
  function Fs(t) {
    t[hn] = void 0;
  }
  var Is = new Set(),
    ks = {};
  function ke(t, l) {
    Oa(t, l), Oa(t + 'Capture', l);
  }
  function Oa(t, l) {
    for (ks[t] = l, t = 0; t < l.length; t++) Is.add(l[t]);
  }
  var Fm =
      /^[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD][:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]*$/,
    Ps = {},
    to = {};
  function Im(t) {
    return Kc.call(to, t) ? !0 : Kc.call(Ps, t) ? !1 : Fm.test(t) ? (to[t] = !0) : ((Ps[t] = !0), !1);
  }
  var bt = !1;
  function lo() {
    var t = bt;
    return ((bt = !1), t);
  }
  function Sn(t, l, e) {
    if (Im(l))
      if (e === null) t.removeAttribute(l);
      else {
        switch (typeof e) {
          case 'undefined':
          case 'function':
          case 'symbol':
            t.removeAttribute(l);
            return;
          case 'boolean':
            var a = l.toLowerCase().slice(0, 5);
            if (a !== 'data-' && a !== 'aria-') {
              t.removeAttribute(l);
              return;
            }
        }
        t.setAttribute(l, e);
      }
  }
  function bn(t, l, e) {
    if (e === null) t.removeAttribute(l);
    else {
      switch (typeof e) {
        case 'undefined':
        case 'function':
        case 'symbol':
        case 'boolean':
          t.removeAttribute(l);
          return;
      }
      t.setAttribute(l, e);
    }
  }
  function ne(t, l, e, a) {
    if (a === null) t.removeAttribute(e);
    else {
      switch (typeof a) {
        case 'undefined':
        case 'function':
        case 'symbol':
        case 'boolean':
          t.removeAttribute(e);
          return;
      }
      t.setAttributeNS(l, e, a);
    }
  }
  function bl(t) {
    switch (typeof t) {
      case 'bigint':
      case 'boolean':
      case 'number':
      case 'string':
      case 'undefined':
        return t;
      case 'object':
        return t;
      default:
        return '';
    }
  }
  function eo(t) {
    var l = t.type;
    return (t = t.nodeName) && t.toLowerCase() === 'input' && (l === 'checkbox' || l === 'radio');
  }
  function km(t, l, e) {
    var a = Object.getOwnPropertyDescriptor(t.constructor.prototype, l);
    if (!Object.hasOwn(t, l) && typeof a < 'u' && typeof a.get == 'function' && typeof a.set == 'function') {
      var u = a.get,
        n = a.set;
      return (
        Object.defineProperty(t, l, {
          configurable: !0,
          get: function () {
            return u.call(this);
          },
          set: function (c) {
            (e = '' + c), n.call(this, c);
          },
        }),
        Object.defineProperty(t, l, { enumerable: a.enumerable }),
        {
          getValue: () => e,
          setValue: (c) => {
            e = '' + c;
          },
          stopTracking: () => {
            (t._valueTracker = null), delete t[l];
          },
        }
      );
    }
  }
  function Ic(t) {
    if (!t._valueTracker) {
      var l = eo(t) ? 'checked' : 'value';
      t._valueTracker = km(t, l, '' + t[l]);
    }
  }
  function ao(t) {
    if (!t) return !1;
    var l = t._valueTracker;
    if (!l) return !0;
    var e = l.getValue(),
      a = '';
    return (
      t && (a = eo(t) ? (t.checked ? 'true' : 'false') : t.value), (t = a), t !== e ? (l.setValue(t), !0) : !1
    );
  }
  var Pm = /[\n"\\]/g;
  function Cl(t) {
    return t.replace(Pm, (l) => '\\' + l.charCodeAt(0).toString(16) + ' ');
  }
  function kc(t, l, e, a, u, n, c, i) {
    (t.name = ''),
      c != null && typeof c != 'function' && typeof c != 'symbol' && typeof c != 'boolean'
        ? (t.type = c)
        : t.removeAttribute('type'),
      l != null
        ? c === 'number'
          ? ((l === 0 && t.value === '') || t.value != l) && (t.value = '' + bl(l))
          : t.value !== '' + bl(l) && (t.value = '' + bl(l))
        : (c !== 'submit' && c !== 'reset') || t.removeAttribute('value'),
      l != null
        ? c === 'number' && t.value == l
          ? Pc(t, bl(t.value))
          : Pc(t, bl(l))
        : e != null
          ? Pc(t, bl(e))
          : a != null && t.removeAttribute('value'),
      u == null && n != null && (t.defaultChecked = !!n),
      u != null && (t.checked = u && typeof u != 'function' && typeof u != 'symbol'),
      i != null && typeof i != 'function' && typeof i != 'symbol' && typeof i != 'boolean'
        ? (t.name = '' + bl(i))
        : t.removeAttribute('name');
  }
  function uo(t, l, e, a, u, n, c, i) {
    if (
      (n != null && typeof n != 'function' && typeof n != 'symbol' && typeof n != 'boolean' && (t.type = n),
      l != null || e != null)
    ) {
      if (!((n !== 'submit' && n !== 'reset') || l != null)) {
        Ic(t);
        return;
      }
      (e = e != null ? '' + bl(e) : ''),
        (l = l != null ? '' + bl(l) : e),
        i || l === t.value || (t.value = l),
        (t.defaultValue = l);
    }
    (a = a ?? u),
      (a = typeof a != 'function' && typeof a != 'symbol' && !!a),
      (t.checked = i ? t.checked : !!a),
      (t.defaultChecked = !!a),
      c != null && typeof c != 'function' && typeof c != 'symbol' && typeof c != 'boolean' && (t.name = c),
      Ic(t);
  }
  function Pc(t, l) {
    t.defaultValue !== '' + l && (t.defaultValue = '' + l);
  }
  function Aa(t, l, e, a) {
    if (((t = t.options), l)) {
      l = {};
      for (var u = 0; u < e.length; u++) l['$' + e[u]] = !0;
      for (e = 0; e < t.length; e++)
        (u = Object.hasOwn(l, '$' + t[e].value)),
          t[e].selected !== u && (t[e].selected = u),
          u && a && (t[e].defaultSelected = !0);
    } else {
      for (e = '' + bl(e), l = null, u = 0; u < t.length; u++) {
        if (t[u].value === e) {
          (t[u].selected = !0), a && (t[u].defaultSelected = !0);
          return;
        }
        l !== null || t[u].disabled || (l = t[u]);
      }
      l !== null && (l.selected = !0);
    }
  }
  function no(t, l, e) {
    if (l != null && ((l = '' + bl(l)), l !== t.value && (t.value = l), e == null)) {
      t.defaultValue !== l && (t.defaultValue = l);
      return;
    }
    t.defaultValue = e != null ? '' + bl(e) : '';
  }
  function co(t, l, e, a) {
    if (l == null) {
      if (a != null) {
        if (e != null) throw Error(o(92));
        if (Tt(a)) {
          if (1 < a.length) throw Error(o(93));
          a = a[0];
        }
        e = a;
      }
      e == null && (e = ''), (l = e);
    }
    (e = bl(l)),
      (t.defaultValue = e),
      (a = t.textContent),
      a === e && a !== '' && a !== null && (t.value = a),
      Ic(t);
  }
  function Ca(t, l) {
    if (l) {
      var e = t.firstChild;
      if (e && e === t.lastChild && e.nodeType === 3) {
        e.nodeValue = l;
        return;
      }
    }
    t.textContent = l;
  }
  var tv = new Set(
    'animationIterationCount aspectRatio borderImageOutset borderImageSlice borderImageWidth boxFlex boxFlexGroup boxOrdinalGroup columnCount columns flex flexGrow flexPositive flexShrink flexNegative flexOrder gridArea gridRow gridRowEnd gridRowSpan gridRowStart gridColumn gridColumnEnd gridColumnSpan gridColumnStart fontWeight lineClamp lineHeight opacity order orphans scale tabSize widows zIndex zoom fillOpacity floodOpacity stopOpacity strokeDasharray strokeDashoffset strokeMiterlimit strokeOpacity strokeWidth MozAnimationIterationCount MozBoxFlex MozBoxFlexGroup MozLineClamp msAnimationIterationCount msFlex msZoom msFlexGrow msFlexNegative msFlexOrder msFlexPositive msFlexShrink msGridColumn msGridColumnSpan msGridRow msGridRowSpan WebkitAnimationIterationCount WebkitBoxFlex WebKitBoxFlexGroup WebkitBoxOrdinalGroup WebkitColumnCount WebkitColumns WebkitFlex WebkitFlexGrow WebkitFlexPositive WebkitFlexShrink WebkitLineClamp'.split(
      ' ',
    ),
  );
  function io(t, l, e) {
    var a = l.indexOf('--') === 0;
    e == null || typeof e == 'boolean' || e === ''
      ? a
        ? t.setProperty(l, '')
        : l === 'float'
          ? (t.cssFloat = '')
          : (t[l] = '')
      : a
        ? t.setProperty(l, e)
        : typeof e != 'number' || e === 0 || tv.has(l)
          ? l === 'float'
            ? (t.cssFloat = e)
            : (t[l] = ('' + e).trim())
          : (t[l] = e + 'px');
  }
  function fo(t, l, e) {
    if (l != null && typeof l != 'object') throw Error(o(62));
    if (((t = t.style), e != null)) {
      for (var a in e)
        !Object.hasOwn(e, a) ||
          (l != null && Object.hasOwn(l, a)) ||
          (a.indexOf('--') === 0 ? t.setProperty(a, '') : a === 'float' ? (t.cssFloat = '') : (t[a] = ''),
          (bt = !0));
      for (var u in l) (a = l[u]), Object.hasOwn(l, u) && e[u] !== a && (io(t, u, a), (bt = !0));
    } else for (var n in l) Object.hasOwn(l, n) && io(t, n, l[n]);
  }
  function ti(t) {
    if (t.indexOf('-') === -1) return !1;
    switch (t) {
      case 'annotation-xml':
      case 'color-profile':
      case 'font-face':
      case 'font-face-src':
      case 'font-face-uri':
      case 'font-face-format':
      case 'font-face-name':
      case 'missing-glyph':
        return !1;
      default:
        return !0;
    }
  }
  var lv = new Map([
      ['acceptCharset', 'accept-charset'],
      ['htmlFor', 'for'],
      ['httpEquiv', 'http-equiv'],
      ['crossOrigin', 'crossorigin'],
      ['accentHeight', 'accent-height'],
      ['alignmentBaseline', 'alignment-baseline'],
      ['arabicForm', 'arabic-form'],
      ['baselineShift', 'baseline-shift'],
      ['capHeight', 'cap-height'],
      ['clipPath', 'clip-path'],
      ['clipRule', 'clip-rule'],
      ['colorInterpolation', 'color-interpolation'],
      ['colorInterpolationFilters', 'color-interpolation-filters'],
      ['colorProfile', 'color-profile'],
      ['colorRendering', 'color-rendering'],
      ['dominantBaseline', 'dominant-baseline'],
      ['enableBackground', 'enable-background'],
      ['fillOpacity', 'fill-opacity'],
      ['fillRule', 'fill-rule'],
      ['floodColor', 'flood-color'],
      ['floodOpacity', 'flood-opacity'],
      ['fontFamily', 'font-family'],
      ['fontSize', 'font-size'],
      ['fontSizeAdjust', 'font-size-adjust'],
      ['fontStretch', 'font-stretch'],
      ['fontStyle', 'font-style'],
      ['fontVariant', 'font-variant'],
      ['fontWeight', 'font-weight'],
      ['glyphName', 'glyph-name'],
      ['glyphOrientationHorizontal', 'glyph-orientation-horizontal'],
      ['glyphOrientationVertical', 'glyph-orientation-vertical'],
      ['horizAdvX', 'horiz-adv-x'],
      ['horizOriginX', 'horiz-origin-x'],
      ['imageRendering', 'image-rendering'],
      ['letterSpacing', 'letter-spacing'],
      ['lightingColor', 'lighting-color'],
      ['markerEnd', 'marker-end'],
      ['markerMid', 'marker-mid'],
      ['markerStart', 'marker-start'],
      ['maskType', 'mask-type'],
      ['overlinePosition', 'overline-position'],
      ['overlineThickness', 'overline-thickness'],
      ['paintOrder', 'paint-order'],
      ['panose-1', 'panose-1'],
      ['pointerEvents', 'pointer-events'],
      ['renderingIntent', 'rendering-intent'],
      ['shapeRendering', 'shape-rendering'],
      ['stopColor', 'stop-color'],
      ['stopOpacity', 'stop-opacity'],
      ['strikethroughPosition', 'strikethrough-position'],
      ['strikethroughThickness', 'strikethrough-thickness'],
      ['strokeDasharray', 'stroke-dasharray'],
      ['strokeDashoffset', 'stroke-dashoffset'],
      ['strokeLinecap', 'stroke-linecap'],
      ['strokeLinejoin', 'stroke-linejoin'],
      ['strokeMiterlimit', 'stroke-miterlimit'],
      ['strokeOpacity', 'stroke-opacity'],
      ['strokeWidth', 'stroke-width'],
      ['textAnchor', 'text-anchor'],
      ['textDecoration', 'text-decoration'],
      ['textRendering', 'text-rendering'],
      ['transformOrigin', 'transform-origin'],
      ['underlinePosition', 'underline-position'],
      ['underlineThickness', 'underline-thickness'],
      ['unicodeBidi', 'unicode-bidi'],
      ['unicodeRange', 'unicode-range'],
      ['unitsPerEm', 'units-per-em'],
      ['vAlphabetic', 'v-alphabetic'],
      ['vHanging', 'v-hanging'],
      ['vIdeographic', 'v-ideographic'],
      ['vMathematical', 'v-mathematical'],
      ['vectorEffect', 'vector-effect'],
      ['vertAdvY', 'vert-adv-y'],
      ['vertOriginX', 'vert-origin-x'],
      ['vertOriginY', 'vert-origin-y'],
      ['wordSpacing', 'word-spacing'],
      ['writingMode', 'writing-mode'],
      ['xmlnsXlink', 'xmlns:xlink'],
      ['xHeight', 'x-height'],
    ]),
    ev =
      /^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i;
  function Tn(t) {
    return ev.test('' + t)
      ? "javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')"
      : t;
  }
  function Kl() {}
  var li = null;
  function ei(t) {
    return (
      (t = t.target || t.srcElement || window),
      t.correspondingUseElement && (t = t.correspondingUseElement),
      t.nodeType === 3 ? t.parentNode : t
    );
  }
  var Ma = null,
    Da = null;
  function so(t) {
    var l = za(t);
    if (l && (t = l.stateNode)) {
      var e = t[ol] || null;
      switch (((t = l.stateNode), l.type)) {
        case 'input':
          if (
            (kc(t, e.value, e.defaultValue, e.defaultValue, e.checked, e.defaultChecked, e.type, e.name),
            (l = e.name),
            e.type === 'radio' && l != null)
          ) {
            for (e = t; e.parentNode; ) e = e.parentNode;
            for (
              e = e.querySelectorAll('input[name="' + Cl('' + l) + '"][type="radio"]'), l = 0;
              l < e.length;
              l++
            ) {
              var a = e[l];
              if (a !== t && a.form === t.form) {
                var u = a[ol] || null;
                if (!u) throw Error(o(90));
                kc(a, u.value, u.defaultValue, u.defaultValue, u.checked, u.defaultChecked, u.type, u.name);
              }
            }
            for (l = 0; l < e.length; l++) (a = e[l]), a.form === t.form && ao(a);
          }
          break;
        case 'textarea':
          no(t, e.value, e.defaultValue);
          break;
        case 'select':
          (l = e.value), l != null && Aa(t, !!e.multiple, l, !1);
      }
    }
  }
  var ai = !1;
  function oo(t, l, e) {
    if (ai) return t(l, e);
    ai = !0;
    try {
      var a = t(l);
      return a;
    } finally {
      if (
        ((ai = !1),
        (Ma !== null || Da !== null) && (Tc(), Ma && ((l = Ma), (t = Da), (Da = Ma = null), so(l), t)))
      )
        for (l = 0; l < t.length; l++) so(t[l]);
    }
  }
  function gu(t, l) {
    var e = t.stateNode;
    if (e === null) return null;
    var a = e[ol] || null;
    if (a === null) return null;
    e = a[l];
    switch (l) {
      case 'onClick':
      case 'onClickCapture':
      case 'onDoubleClick':
      case 'onDoubleClickCapture':
      case 'onMouseDown':
      case 'onMouseDownCapture':
      case 'onMouseMove':
      case 'onMouseMoveCapture':
      case 'onMouseUp':
      case 'onMouseUpCapture':
      case 'onMouseEnter':
        (a = !a.disabled) ||
          ((t = t.type), (a = !(t === 'button' || t === 'input' || t === 'select' || t === 'textarea'))),
          (t = !a);
        break;
      default:
        t = !1;
    }
    if (t) return null;
    if (e && typeof e != 'function') throw Error(o(231, l, typeof e));
    return e;
  }
  var ce = !(
      typeof window > 'u' ||
      typeof window.document > 'u' ||
      typeof window.document.createElement > 'u'
    ),
    ui = !1;
  if (ce)
    try {
      var Su = {};
      Object.defineProperty(Su, 'passive', {
        get: () => {
          ui = !0;
        },
      }),
        window.addEventListener('test', Su, Su),
        window.removeEventListener('test', Su, Su);
    } catch {
      ui = !1;
    }
  var _e = null,
    ni = null,
    En = null;
  function ro() {
    if (En) return En;
    var t,
      l = ni,
      e = l.length,
      a,
      u = 'value' in _e ? _e.value : _e.textContent,
      n = u.length;
    for (t = 0; t < e && l[t] === u[t]; t++);
    var c = e - t;
    for (a = 1; a <= c && l[e - a] === u[n - a]; a++);
    return (En = u.slice(t, 1 < a ? 1 - a : void 0));
  }
  function _n(t) {
    var l = t.keyCode;
    return (
      'charCode' in t ? ((t = t.charCode), t === 0 && l === 13 && (t = 13)) : (t = l),
      t === 10 && (t = 13),
      32 <= t || t === 13 ? t : 0
    );
  }
  function zn() {
    return !0;
  }
  function mo() {
    return !1;
  }
  function cl(t) {
    function l(e, a, u, n, c) {
      (this._reactName = e),
        (this._targetInst = u),
        (this.type = a),
        (this.nativeEvent = n),
        (this.target = c),
        (this.currentTarget = null);
      for (var i in t) Object.hasOwn(t, i) && ((e = t[i]), (this[i] = e ? e(n) : n[i]));
      return (
        (this.isDefaultPrevented = (n.defaultPrevented != null ? n.defaultPrevented : n.returnValue === !1)
          ? zn
          : mo),
        (this.isPropagationStopped = mo),
        this
      );
    }
    return (
      X(l.prototype, {
        preventDefault: function () {
          this.defaultPrevented = !0;
          var e = this.nativeEvent;
          e &&
            (e.preventDefault
              ? e.preventDefault()
              : typeof e.returnValue != 'unknown' && (e.returnValue = !1),
            (this.isDefaultPrevented = zn));
        },
        stopPropagation: function () {
          var e = this.nativeEvent;
          e &&
            (e.stopPropagation
              ? e.stopPropagation()
              : typeof e.cancelBubble != 'unknown' && (e.cancelBubble = !0),
            (this.isPropagationStopped = zn));
        },
        persist: () => {},
        isPersistent: zn,
      }),
      l
    );
  }
  var ze = {
      eventPhase: 0,
      bubbles: 0,
      cancelable: 0,
      timeStamp: (t) => t.timeStamp || Date.now(),
      defaultPrevented: 0,
      isTrusted: 0,
    },
    Nn = cl(ze),
    bu = X({}, ze, { view: 0, detail: 0 }),
    av = cl(bu),
    ci,
    ii,
    Tu,
    On = X({}, bu, {
      screenX: 0,
      screenY: 0,
      clientX: 0,
      clientY: 0,
      pageX: 0,
      pageY: 0,
      ctrlKey: 0,
      shiftKey: 0,
      altKey: 0,
      metaKey: 0,
      getModifierState: si,
      button: 0,
      buttons: 0,
      relatedTarget: (t) =>
        t.relatedTarget === void 0
          ? t.fromElement === t.srcElement
            ? t.toElement
            : t.fromElement
          : t.relatedTarget,
      movementX: (t) =>
        'movementX' in t
          ? t.movementX
          : (t !== Tu &&
              (Tu && t.type === 'mousemove'
                ? ((ci = t.screenX - Tu.screenX), (ii = t.screenY - Tu.screenY))
                : (ii = ci = 0),
              (Tu = t)),
            ci),
      movementY: (t) => ('movementY' in t ? t.movementY : ii),
    }),
    vo = cl(On),
    uv = X({}, On, { dataTransfer: 0 }),
    nv = cl(uv),
    cv = X({}, bu, { relatedTarget: 0 }),
    fi = cl(cv),
    iv = X({}, ze, { animationName: 0, elapsedTime: 0, pseudoElement: 0 }),
    fv = cl(iv),
    sv = X({}, ze, { clipboardData: (t) => ('clipboardData' in t ? t.clipboardData : window.clipboardData) }),
    ov = cl(sv),
    rv = X({}, ze, { data: 0 }),
    yo = cl(rv),
    dv = {
      Esc: 'Escape',
      Spacebar: ' ',
      Left: 'ArrowLeft',
      Up: 'ArrowUp',
      Right: 'ArrowRight',
      Down: 'ArrowDown',
      Del: 'Delete',
      Win: 'OS',
      Menu: 'ContextMenu',
      Apps: 'ContextMenu',
      Scroll: 'ScrollLock',
      MozPrintableKey: 'Unidentified',
    },
    mv = {
      8: 'Backspace',
      9: 'Tab',
      12: 'Clear',
      13: 'Enter',
      16: 'Shift',
      17: 'Control',
      18: 'Alt',
      19: 'Pause',
      20: 'CapsLock',
      27: 'Escape',
      32: ' ',
      33: 'PageUp',
      34: 'PageDown',
      35: 'End',
      36: 'Home',
      37: 'ArrowLeft',
      38: 'ArrowUp',
      39: 'ArrowRight',
      40: 'ArrowDown',
      45: 'Insert',
      46: 'Delete',
      112: 'F1',
      113: 'F2',
      114: 'F3',
      115: 'F4',
      116: 'F5',
      117: 'F6',
      118: 'F7',
      119: 'F8',
      120: 'F9',
      121: 'F10',
      122: 'F11',
      123: 'F12',
      144: 'NumLock',
      145: 'ScrollLock',
      224: 'Meta',
    },
    vv = { Alt: 'altKey', Control: 'ctrlKey', Meta: 'metaKey', Shift: 'shiftKey' };
  function yv(t) {
    var l = this.nativeEvent;
    return l.getModifierState ? l.getModifierState(t) : (t = vv[t]) ? !!l[t] : !1;
  }
  function si() {
    return yv;
  }
  var hv = X({}, bu, {
      key: (t) => {
        if (t.key) {
          var l = dv[t.key] || t.key;
          if (l !== 'Unidentified') return l;
        }
        return t.type === 'keypress'
          ? ((t = _n(t)), t === 13 ? 'Enter' : String.fromCharCode(t))
          : t.type === 'keydown' || t.type === 'keyup'
            ? mv[t.keyCode] || 'Unidentified'
            : '';
      },
      code: 0,
      location: 0,
      ctrlKey: 0,
      shiftKey: 0,
      altKey: 0,
      metaKey: 0,
      repeat: 0,
      locale: 0,
      getModifierState: si,
      charCode: (t) => (t.type === 'keypress' ? _n(t) : 0),
      keyCode: (t) => (t.type === 'keydown' || t.type === 'keyup' ? t.keyCode : 0),
      which: (t) =>
        t.type === 'keypress' ? _n(t) : t.type === 'keydown' || t.type === 'keyup' ? t.keyCode : 0,
    }),
    gv = cl(hv),
    Sv = X({}, On, {
      pointerId: 0,
      width: 0,
      height: 0,
      pressure: 0,
      tangentialPressure: 0,
      tiltX: 0,
      tiltY: 0,
      twist: 0,
      pointerType: 0,
      isPrimary: 0,
    }),
    ho = cl(Sv),
    bv = X({}, ze, { submitter: 0 }),
    Tv = cl(bv),
    Ev = X({}, bu, {
      touches: 0,
      targetTouches: 0,
      changedTouches: 0,
      altKey: 0,
      metaKey: 0,
      ctrlKey: 0,
      shiftKey: 0,
      getModifierState: si,
    }),
    _v = cl(Ev),
    zv = X({}, ze, { propertyName: 0, elapsedTime: 0, pseudoElement: 0 }),
    Nv = cl(zv),
    Ov = X({}, On, {
      deltaX: (t) => ('deltaX' in t ? t.deltaX : 'wheelDeltaX' in t ? -t.wheelDeltaX : 0),
      deltaY: (t) =>
        'deltaY' in t
          ? t.deltaY
          : 'wheelDeltaY' in t
            ? -t.wheelDeltaY
            : 'wheelDelta' in t
              ? -t.wheelDelta
              : 0,
      deltaZ: 0,
      deltaMode: 0,
    }),
    Av = cl(Ov),
    Cv = X({}, ze, { newState: 0, oldState: 0, source: 0 }),
    Mv = cl(Cv),
    Dv = [9, 13, 27, 32],
    oi = ce && 'CompositionEvent' in window,
    Eu = null;
  ce && 'documentMode' in document && (Eu = document.documentMode);
  var Rv = ce && 'TextEvent' in window && !Eu,
    go = ce && (!oi || (Eu && 8 < Eu && 11 >= Eu)),
    So = ' ',
    bo = !1;
  function To(t, l) {
    switch (t) {
      case 'keyup':
        return Dv.indexOf(l.keyCode) !== -1;
      case 'keydown':
        return l.keyCode !== 229;
      case 'keypress':
      case 'mousedown':
      case 'focusout':
        return !0;
      default:
        return !1;
    }
  }
  function Eo(t) {
    return ((t = t.detail), typeof t == 'object' && 'data' in t ? t.data : null);
  }
  var Ra = !1;
  function Uv(t, l) {
    switch (t) {
      case 'compositionend':
        return Eo(l);
      case 'keypress':
        return l.which !== 32 ? null : ((bo = !0), So);
      case 'textInput':
        return ((t = l.data), t === So && bo ? null : t);
      default:
        return null;
    }
  }
  function pv(t, l) {
    if (Ra)
      return t === 'compositionend' || (!oi && To(t, l))
        ? ((t = ro()), (En = ni = _e = null), (Ra = !1), t)
        : null;
    switch (t) {
      case 'paste':
        return null;
      case 'keypress':
        if (!(l.ctrlKey || l.altKey || l.metaKey) || (l.ctrlKey && l.altKey)) {
          if (l.char && 1 < l.char.length) return l.char;
          if (l.which) return String.fromCharCode(l.which);
        }
        return null;
      case 'compositionend':
        return go && l.locale !== 'ko' ? null : l.data;
      default:
        return null;
    }
  }
  var Hv = {
    color: !0,
    date: !0,
    datetime: !0,
    'datetime-local': !0,
    email: !0,
    month: !0,
    number: !0,
    password: !0,
    range: !0,
    search: !0,
    tel: !0,
    text: !0,
    time: !0,
    url: !0,
    week: !0,
  };
  function _o(t) {
    var l = t && t.nodeName && t.nodeName.toLowerCase();
    return l === 'input' ? !!Hv[t.type] : l === 'textarea';
  }
  function zo(t, l, e, a) {
    Ma ? (Da ? Da.push(a) : (Da = [a])) : (Ma = a),
      (l = Ac(l, 'onChange')),
      0 < l.length && ((e = new Nn('onChange', 'change', null, e, a)), t.push({ event: e, listeners: l }));
  }
  var _u = null,
    zu = null;
  function xv(t) {
    o0(t, 0);
  }
  function An(t) {
    var l = hu(t);
    if (ao(l)) return t;
  }
  function No(t, l) {
    if (t === 'change') return l;
  }
  var Oo = !1;
  if (ce) {
    var ri;
    if (ce) {
      var di = 'oninput' in document;
      if (!di) {
        var Ao = document.createElement('div');
        Ao.setAttribute('oninput', 'return;'), (di = typeof Ao.oninput == 'function');
      }
      ri = di;
    } else ri = !1;
    Oo = ri && (!document.documentMode || 9 < document.documentMode);
  }
  function Co() {
    _u && (_u.detachEvent('onpropertychange', Mo), (zu = _u = null));
  }
  function Mo(t) {
    if (t.propertyName === 'value' && An(zu)) {
      var l = [];
      zo(l, zu, t, ei(t)), oo(xv, l);
    }
  }
  function jv(t, l, e) {
    t === 'focusin'
      ? (Co(), (_u = l), (zu = e), _u.attachEvent('onpropertychange', Mo))
      : t === 'focusout' && Co();
  }
  function Bv(t) {
    if (t === 'selectionchange' || t === 'keyup' || t === 'keydown') return An(zu);
  }
  function qv(t, l) {
    if (t === 'click') return An(l);
  }
  function Yv(t, l) {
    if (t === 'input' || t === 'change') return An(l);
  }
  function Gv(t, l) {
    return (t === l && (t !== 0 || 1 / t === 1 / l)) || (t !== t && l !== l);
  }
  var Tl = typeof Object.is == 'function' ? Object.is : Gv;
  function Nu(t, l) {
    if (Tl(t, l)) return !0;
    if (typeof t != 'object' || t === null || typeof l != 'object' || l === null) return !1;
    var e = Object.keys(t),
      a = Object.keys(l);
    if (e.length !== a.length) return !1;
    for (a = 0; a < e.length; a++) {
      var u = e[a];
      if (!Kc.call(l, u) || !Tl(t[u], l[u])) return !1;
    }
    return !0;
  }
  function mi(t) {
    if (((t = t || (typeof document < 'u' ? document : void 0)), typeof t > 'u')) return null;
    try {
      return t.activeElement || t.body;
    } catch {
      return t.body;
    }
  }
  function Do(t) {
    for (; t && t.firstChild; ) t = t.firstChild;
    return t;
  }
  function Ro(t, l) {
    var e = Do(t);
    t = 0;
    for (var a; e; ) {
      if (e.nodeType === 3) {
        if (((a = t + e.textContent.length), t <= l && a >= l)) return { node: e, offset: l - t };
        t = a;
      }
      t: {
        for (; e; ) {
          if (e.nextSibling) {
            e = e.nextSibling;
            break t;
          }
          e = e.parentNode;
        }
        e = void 0;
      }
      e = Do(e);
    }
  }
  function Uo(t, l) {
    return t && l
      ? t === l
        ? !0
        : t && t.nodeType === 3
          ? !1
          : l && l.nodeType === 3
            ? Uo(t, l.parentNode)
            : 'contains' in t
              ? t.contains(l)
              : t.compareDocumentPosition
                ? !!(t.compareDocumentPosition(l) & 16)
                : !1
      : !1;
  }
  function po(t) {
    t =
      t != null && t.ownerDocument != null && t.ownerDocument.defaultView != null
        ? t.ownerDocument.defaultView
        : window;
    for (var l = mi(t.document); l instanceof t.HTMLIFrameElement; ) {
      try {
        var e = typeof l.contentWindow.location.href == 'string';
      } catch {
        e = !1;
      }
      if (e) t = l.contentWindow;
      else break;
      l = mi(t.document);
    }
    return l;
  }
  function vi(t) {
    var l = t && t.nodeName && t.nodeName.toLowerCase();
    return (
      l &&
      ((l === 'input' &&
        (t.type === 'text' ||
          t.type === 'search' ||
          t.type === 'tel' ||
          t.type === 'url' ||
          t.type === 'password')) ||
        l === 'textarea' ||
        t.contentEditable === 'true')
    );
  }
  var Xv = ce && 'documentMode' in document && 11 >= document.documentMode,
    Ua = null,
    yi = null,
    Ou = null,
    hi = !1;
  function Ho(t, l, e) {
    var a = e.window === e ? e.document : e.nodeType === 9 ? e : e.ownerDocument;
    hi ||
      Ua == null ||
      Ua !== mi(a) ||
      ((a = Ua),
      'selectionStart' in a && vi(a)
        ? (a = { start: a.selectionStart, end: a.selectionEnd })
        : ((a = ((a.ownerDocument && a.ownerDocument.defaultView) || window).getSelection()),
          (a = {
            anchorNode: a.anchorNode,
            anchorOffset: a.anchorOffset,
            focusNode: a.focusNode,
            focusOffset: a.focusOffset,
          })),
      (Ou && Nu(Ou, a)) ||
        ((Ou = a),
        (a = Ac(yi, 'onSelect')),
        0 < a.length &&
          ((l = new Nn('onSelect', 'select', null, l, e)),
          t.push({ event: l, listeners: a }),
          (l.target = Ua))));
  }
  function Pe(t, l) {
    var e = {};
    return (
      (e[t.toLowerCase()] = l.toLowerCase()), (e['Webkit' + t] = 'webkit' + l), (e['Moz' + t] = 'moz' + l), e
    );
  }
  var pa = {
      animationend: Pe('Animation', 'AnimationEnd'),
      animationiteration: Pe('Animation', 'AnimationIteration'),
      animationstart: Pe('Animation', 'AnimationStart'),
      transitionrun: Pe('Transition', 'TransitionRun'),
      transitionstart: Pe('Transition', 'TransitionStart'),
      transitioncancel: Pe('Transition', 'TransitionCancel'),
      transitionend: Pe('Transition', 'TransitionEnd'),
    },
    gi = {},
    xo = {};
  ce &&
    ((xo = document.createElement('div').style),
    'AnimationEvent' in window ||
      (delete pa.animationend.animation,
      delete pa.animationiteration.animation,
      delete pa.animationstart.animation),
    'TransitionEvent' in window || delete pa.transitionend.transition);
  function ta(t) {
    if (gi[t]) return gi[t];
    if (!pa[t]) return t;
    var l = pa[t],
      e;
    for (e in l) if (Object.hasOwn(l, e) && e in xo) return (gi[t] = l[e]);
    return t;
  }
  var jo = ta('animationend'),
    Bo = ta('animationiteration'),
    qo = ta('animationstart'),
    Qv = ta('transitionrun'),
    Lv = ta('transitionstart'),
    Vv = ta('transitioncancel'),
    Yo = ta('transitionend'),
    Go = new Map(),
    Si =
      'abort auxClick beforeToggle cancel canPlay canPlayThrough click close contextMenu copy cut drag dragEnd dragEnter dragExit dragLeave dragOver dragStart drop durationChange emptied encrypted ended error fullscreenChange fullscreenError gotPointerCapture input invalid keyDown keyPress keyUp load loadedData loadedMetadata loadStart lostPointerCapture mouseDown mouseMove mouseOut mouseOver mouseUp paste pause play playing pointerCancel pointerDown pointerMove pointerOut pointerOver pointerUp progress rateChange reset resize seeked seeking stalled submit suspend timeUpdate touchCancel touchEnd touchStart volumeChange scroll toggle touchMove waiting wheel'.split(
        ' ',
      );
  Si.push('scrollEnd');
  function ql(t, l) {
    Go.set(t, l), ke(l, [t]);
  }
  var Zv = 0;
  function ie(t, l) {
    if (t.name != null && t.name !== 'auto') return t.name;
    if (l.autoName !== null) return l.autoName;
    t = Ql.identifierPrefix;
    var e = Zv++;
    return ((t = '_' + t + 't_' + e.toString(32) + '_'), (l.autoName = t));
  }
  function Xo(t) {
    if (t == null || typeof t == 'string') return t;
    var l = null,
      e = ka;
    if (e !== null)
      for (var a = 0; a < e.length; a++) {
        var u = t[e[a]];
        if (u != null) {
          if (u === 'none') return 'none';
          l = l == null ? u : l + (' ' + u);
        }
      }
    return l ?? t.default;
  }
  function fe(t, l) {
    return ((t = Xo(t)), (l = Xo(l)), l == null ? (t === 'auto' ? null : t) : l === 'auto' ? null : l);
  }
  var Cn =
      typeof reportError == 'function'
        ? reportError
        : (t) => {
            if (typeof window == 'object' && typeof window.ErrorEvent == 'function') {
              var l = new window.ErrorEvent('error', {
                bubbles: !0,
                cancelable: !0,
                message:
                  typeof t == 'object' && t !== null && typeof t.message == 'string'
                    ? String(t.message)
                    : String(t),
                error: t,
              });
              if (!window.dispatchEvent(l)) return;
            } else if (typeof process == 'object' && typeof process.emit == 'function') {
              process.emit('uncaughtException', t);
              return;
            }
            console.error(t);
          },
    Ml = [],
    Ha = 0,
    bi = 0;
  function Mn() {
    for (var t = Ha, l = (bi = Ha = 0); l < t; ) {
      var e = Ml[l];
      Ml[l++] = null;
      var a = Ml[l];
      Ml[l++] = null;
      var u = Ml[l];
      Ml[l++] = null;
      var n = Ml[l];
      if (((Ml[l++] = null), a !== null && u !== null)) {
        var c = a.pending;
        c === null ? (u.next = u) : ((u.next = c.next), (c.next = u)), (a.pending = u);
      }
      n !== 0 && Qo(e, u, n);
    }
  }
  function Dn(t, l, e, a) {
    (Ml[Ha++] = t),
      (Ml[Ha++] = l),
      (Ml[Ha++] = e),
      (Ml[Ha++] = a),
      (bi |= a),
      (t.lanes |= a),
      (t = t.alternate),
      t !== null && (t.lanes |= a);
  }
  function Ti(t, l, e, a) {
    return (Dn(t, l, e, a), Rn(t));
  }
  function la(t, l) {
    return (Dn(t, null, null, l), Rn(t));
  }
  function Qo(t, l, e) {
    t.lanes |= e;
    var a = t.alternate;
    a !== null && (a.lanes |= e);
    for (var u = !1, n = t.return; n !== null; )
      (n.childLanes |= e),
        (a = n.alternate),
        a !== null && (a.childLanes |= e),
        n.tag === 22 && ((t = n.stateNode), t === null || t._visibility & 1 || (u = !0)),
        (t = n),
        (n = n.return);
    return t.tag === 3
      ? ((n = t.stateNode),
        u &&
          l !== null &&
          ((u = 31 - Sl(e)),
          (t = n.hiddenUpdates),
          (a = t[u]),
          a === null ? (t[u] = [l]) : a.push(l),
          (l.lane = e | 536870912)),
        n)
      : null;
  }
  function Rn(t) {
    if (50 < wu) throw ((wu = 0), (bc = null), Error(o(185)));
    for (var l = t.return; l !== null; ) (t = l), (l = t.return);
    return t.tag === 3 ? t.stateNode : null;
  }
  var xa = {};
  function Kv(t, l, e, a) {
    (this.tag = t),
      (this.key = e),
      (this.sibling = this.child = this.return = this.stateNode = this.type = this.elementType = null),
      (this.index = 0),
      (this.refCleanup = this.ref = null),
      (this.pendingProps = l),
      (this.dependencies = this.memoizedState = this.updateQueue = this.memoizedProps = null),
      (this.mode = a),
      (this.subtreeFlags = this.flags = 0),
      (this.deletions = null),
      (this.childLanes = this.lanes = 0),
      (this.alternate = null);
  }
  function rl(t, l, e, a) {
    return new Kv(t, l, e, a);
  }
  function Ei(t) {
    return ((t = t.prototype), !(!t || !t.isReactComponent));
  }
  function se(t, l) {
    var e = t.alternate;
    return (
      e === null
        ? ((e = rl(t.tag, l, t.key, t.mode)),
          (e.elementType = t.elementType),
          (e.type = t.type),
          (e.stateNode = t.stateNode),
          (e.alternate = t),
          (t.alternate = e))
        : ((e.pendingProps = l),
          (e.type = t.type),
          (e.flags = 0),
          (e.subtreeFlags = 0),
          (e.deletions = null)),
      (e.flags = t.flags & 1206910976),
      (e.childLanes = t.childLanes),
      (e.lanes = t.lanes),
      (e.child = t.child),
      (e.memoizedProps = t.memoizedProps),
      (e.memoizedState = t.memoizedState),
      (e.updateQueue = t.updateQueue),
      (l = t.dependencies),
      (e.dependencies = l === null ? null : { lanes: l.lanes, firstContext: l.firstContext }),
      (e.sibling = t.sibling),
      (e.index = t.index),
      (e.ref = t.ref),
      (e.refCleanup = t.refCleanup),
      e
    );
  }
  function Lo(t, l) {
    t.flags &= 1206910978;
    var e = t.alternate;
    return (
      e === null
        ? ((t.childLanes = 0),
          (t.lanes = l),
          (t.child = null),
          (t.subtreeFlags = 0),
          (t.memoizedProps = null),
          (t.memoizedState = null),
          (t.updateQueue = null),
          (t.dependencies = null),
          (t.stateNode = null))
        : ((t.childLanes = e.childLanes),
          (t.lanes = e.lanes),
          (t.child = e.child),
          (t.subtreeFlags = 0),
          (t.deletions = null),
          (t.memoizedProps = e.memoizedProps),
          (t.memoizedState = e.memoizedState),
          (t.updateQueue = e.updateQueue),
          (t.type = e.type),
          (l = e.dependencies),
          (t.dependencies = l === null ? null : { lanes: l.lanes, firstContext: l.firstContext })),
      t
    );
  }
  function Un(t, l, e, a, u, n) {
    var c = 0;
    if (((a = t), typeof a == 'function')) Ei(a) && (c = 1);
    else if (typeof a == 'string')
      c = bh(t, e, Zl.current) ? 26 : t === 'html' || t === 'head' || t === 'body' ? 27 : 5;
    else
      t: switch (a) {
        case Bl:
          return ((t = rl(31, e, l, u)), (t.elementType = Bl), (t.lanes = n), t);
        case H:
          return ea(e.children, u, n, l);
        case P:
          (c = 8), (u |= 24);
          break;
        case gt:
          return ((t = rl(12, e, l, u | 2)), (t.elementType = gt), (t.lanes = n), t);
        case F:
          return ((t = rl(13, e, l, u)), (t.elementType = F), (t.lanes = n), t);
        case tt:
          return ((t = rl(19, e, l, u)), (t.elementType = tt), (t.lanes = n), t);
        case ee:
        case d:
          return (
            (t = u | 32),
            (t = rl(30, e, l, t)),
            (t.elementType = d),
            (t.lanes = n),
            (t.stateNode = { autoName: null, paired: null, clones: null, ref: null }),
            t
          );
        default:
          if (typeof a == 'object' && a !== null)
            switch (a.$$typeof) {
              case ft:
                c = 10;
                break t;
              case jt:
                c = 9;
                break t;
              case q:
                c = 11;
                break t;
              case Dt:
                c = 14;
                break t;
              case _t:
                (c = 16), (a = null);
                break t;
            }
          (c = 29), (e = Error(o(130, t === null ? 'null' : typeof t, ''))), (a = null);
      }
    return ((l = rl(c, e, l, u)), (l.elementType = t), (l.type = a), (l.lanes = n), l);
  }
  function ea(t, l, e, a) {
    return ((t = rl(7, t, a, l)), (t.lanes = e), t);
  }
  function _i(t, l, e) {
    return ((t = rl(6, t, null, l)), (t.lanes = e), t);
  }
  function Vo(t) {
    var l = rl(18, null, null, 0);
    return ((l.stateNode = t), l);
  }
  function zi(t, l, e) {
    return (
      (l = rl(4, t.children !== null ? t.children : [], t.key, l)),
      (l.lanes = e),
      (l.stateNode = {
        containerInfo: t.containerInfo,
        pendingChildren: null,
        implementation: t.implementation,
      }),
      l
    );
  }
  var Zo = new WeakMap();
  function Dl(t, l) {
    if (typeof t == 'object' && t !== null) {
      var e = Zo.get(t);
      return e !== void 0 ? e : ((l = { value: t, source: l, stack: qs(l) }), Zo.set(t, l), l);
    }
    return { value: t, source: l, stack: qs(l) };
  }
  var ja = [],
    Ba = 0,
    pn = null,
    Au = 0,
    Rl = [],
    Ul = 0,
    Ne = null,
    Jl = 1,
    wl = '';
  function oe(t, l) {
    (ja[Ba++] = Au), (ja[Ba++] = pn), (pn = t), (Au = l);
  }
  function Ko(t, l, e) {
    (Rl[Ul++] = Jl), (Rl[Ul++] = wl), (Rl[Ul++] = Ne), (Ne = t);
    var a = Jl;
    t = wl;
    var u = 32 - Sl(a) - 1;
    (a &= ~(1 << u)), (e += 1);
    var n = 32 - Sl(l) + u;
    if (30 < n) {
      var c = u - (u % 5);
      (n = (a & ((1 << c) - 1)).toString(32)),
        (a >>= c),
        (u -= c),
        (Jl = (1 << (32 - Sl(l) + u)) | (e << u) | a),
        (wl = n + t);
    } else (Jl = (1 << n) | (e << u) | a), (wl = t);
  }
  function Hn(t) {
    t.return !== null && (oe(t, 1), Ko(t, 1, 0));
  }
  function Ni(t) {
    for (; t === pn; ) (pn = ja[--Ba]), (ja[Ba] = null), (Au = ja[--Ba]), (ja[Ba] = null);
    for (; t === Ne; )
      (Ne = Rl[--Ul]), (Rl[Ul] = null), (wl = Rl[--Ul]), (Rl[Ul] = null), (Jl = Rl[--Ul]), (Rl[Ul] = null);
  }
  function Jo(t, l) {
    (Rl[Ul++] = Jl), (Rl[Ul++] = wl), (Rl[Ul++] = Ne), (Jl = l.id), (wl = l.overflow), (Ne = t);
  }
  var $t = null,
    Ht = null,
    it = !1,
    Oe = null,
    pl = !1,
    Oi = Error(o(519));
  function Ae(t) {
    var l = Error(
      o(418, 1 < arguments.length && arguments[1] !== void 0 && arguments[1] ? 'text' : 'HTML', ''),
    );
    throw (Cu(Dl(l, t)), Oi);
  }
  function wo(t) {
    var l = t.stateNode,
      e = t.type,
      a = t.memoizedProps;
    switch (((l[kt] = t), (l[ol] = a), e)) {
      case 'dialog':
        ot('cancel', l), ot('close', l);
        break;
      case 'iframe':
      case 'object':
      case 'embed':
        ot('load', l);
        break;
      case 'video':
      case 'audio':
        for (e = 0; e < Wu.length; e++) ot(Wu[e], l);
        break;
      case 'source':
        ot('error', l);
        break;
      case 'img':
      case 'image':
      case 'link':
        ot('error', l), ot('load', l);
        break;
      case 'details':
        ot('toggle', l);
        break;
      case 'input':
        ot('invalid', l), uo(l, a.value, a.defaultValue, a.checked, a.defaultChecked, a.type, a.name, !0);
        break;
      case 'select':
        ot('invalid', l);
        break;
      case 'textarea':
        ot('invalid', l), co(l, a.value, a.defaultValue, a.children);
    }
    (e = a.children),
      (typeof e != 'string' && typeof e != 'number' && typeof e != 'bigint') ||
      l.textContent === '' + e ||
      a.suppressHydrationWarning === !0 ||
      v0(l.textContent, e)
        ? (a.popover != null && (ot('beforetoggle', l), ot('toggle', l)),
          a.onScroll != null && ot('scroll', l),
          a.onScrollEnd != null && ot('scrollend', l),
          a.onClick != null && (l.onclick = Kl),
          (l = !0))
        : (l = !1),
      l || Ae(t, !0);
  }
  function xn(t) {
    for ($t = t.return; $t; )
      switch ($t.tag) {
        case 5:
        case 31:
        case 13:
          pl = !1;
          return;
        case 27:
        case 3:
          pl = !0;
          return;
        default:
          $t = $t.return;
      }
  }
  function qa(t) {
    if (t !== $t) return !1;
    if (!it) return (xn(t), (it = !0), !1);
    var l = t.tag,
      e;
    if (
      ((e = l !== 3 && l !== 27) &&
        ((e = l === 5) &&
          ((e = t.type), (e = !(e !== 'form' && e !== 'button') || es(t.type, t.memoizedProps))),
        (e = !e)),
      e && Ht && Ae(t),
      xn(t),
      l === 13)
    ) {
      if (((t = t.memoizedState), (t = t !== null ? t.dehydrated : null), !t)) throw Error(o(317));
      Ht = H0(t);
    } else if (l === 31) {
      if (((t = t.memoizedState), (t = t !== null ? t.dehydrated : null), !t)) throw Error(o(317));
      Ht = H0(t);
    } else
      l === 27
        ? ((l = Ht), Le(t.type) ? ((t = rs), (rs = null), (Ht = t)) : (Ht = l))
        : (Ht = $t ? xl(t.stateNode.nextSibling) : null);
    return !0;
  }
  function aa() {
    (Ht = $t = null), (it = !1);
  }
  function Ai() {
    var t = Oe;
    return (t !== null && (vl === null ? (vl = t) : vl.push.apply(vl, t), (Oe = null)), t);
  }
  function Cu(t) {
    Oe === null ? (Oe = [t]) : Oe.push(t);
  }
  var Ci = Vl(null),
    ua = null,
    re = null;
  function Ce(t, l, e) {
    pt(Ci, l._currentValue), (l._currentValue = e);
  }
  function de(t) {
    (t._currentValue = Ci.current), It(Ci);
  }
  function jn(t, l, e) {
    for (; t !== null; ) {
      var a = t.alternate;
      if (
        ((t.childLanes & l) !== l
          ? ((t.childLanes |= l), a !== null && (a.childLanes |= l))
          : a !== null && (a.childLanes & l) !== l && (a.childLanes |= l),
        t === e)
      )
        break;
      t = t.return;
    }
  }
  function Mi(t, l, e, a) {
    var u = t.child;
    for (u !== null && (u.return = t); u !== null; ) {
      var n = u.dependencies;
      if (n !== null) {
        var c = u.child;
        n = n.firstContext;
        t: for (; n !== null; ) {
          var i = n;
          n = u;
          for (var s = 0; s < l.length; s++)
            if (i.context === l[s]) {
              (n.lanes |= e),
                (i = n.alternate),
                i !== null && (i.lanes |= e),
                jn(n.return, e, t),
                a || (c = null);
              break t;
            }
          n = i.next;
        }
      } else if (u.tag === 18) {
        if (((c = u.return), c === null)) throw Error(o(341));
        (c.lanes |= e), (n = c.alternate), n !== null && (n.lanes |= e), jn(c, e, t), (c = null);
      } else
        u.tag === 13 && u.memoizedState !== null && u.memoizedState.dehydrated === null
          ? ((u.lanes |= e),
            (c = u.alternate),
            c !== null && (c.lanes |= e),
            jn(u.return, e, t),
            (c = u.child),
            (c = c !== null ? c.sibling : null))
          : (c = u.child);
      if (c !== null) c.return = u;
      else
        for (c = u; c !== null; ) {
          if (c === t) {
            c = null;
            break;
          }
          if (((u = c.sibling), u !== null)) {
            (u.return = c.return), (c = u);
            break;
          }
          c = c.return;
        }
      u = c;
    }
  }
  function na(t, l, e, a) {
    t = null;
    for (var u = l, n = !1; u !== null; ) {
      if (!n) {
        if ((u.flags & 524288) !== 0) n = !0;
        else if ((u.flags & 262144) !== 0) break;
      }
      if (u.tag === 10) {
        var c = u.alternate;
        if (c === null) throw Error(o(387));
        if (((c = c.memoizedProps), c !== null)) {
          var i = u.type;
          Tl(u.pendingProps.value, c.value) || (t !== null ? t.push(i) : (t = [i]));
        }
      } else if (u === fn.current) {
        if (((c = u.alternate), c === null)) throw Error(o(387));
        c.memoizedState.memoizedState !== u.memoizedState.memoizedState &&
          (t !== null ? t.push(fu) : (t = [fu]));
      }
      u = u.return;
    }
    return (t !== null && Mi(l, t, e, a), (l.flags |= 262144), t !== null);
  }
  function Bn(t) {
    for (t = t.firstContext; t !== null; ) {
      if (!Tl(t.context._currentValue, t.memoizedValue)) return !0;
      t = t.next;
    }
    return !1;
  }
  function ca(t) {
    (ua = t), (re = null), (t = t.dependencies), t !== null && (t.firstContext = null);
  }
  function Pt(t) {
    return $o(ua, t);
  }
  function qn(t, l) {
    return (ua === null && ca(t), $o(t, l));
  }
  function $o(t, l) {
    var e = l._currentValue;
    if (((l = { context: l, memoizedValue: e, next: null }), re === null)) {
      if (t === null) throw Error(o(308));
      (re = l), (t.dependencies = { lanes: 0, firstContext: l }), (t.flags |= 524288);
    } else re = re.next = l;
    return e;
  }
  var Jv =
      typeof AbortController < 'u'
        ? AbortController
        : function () {
            var t = [],
              l = (this.signal = {
                aborted: !1,
                addEventListener: (e, a) => {
                  t.push(a);
                },
              });
            this.abort = () => {
              (l.aborted = !0), t.forEach((e) => e());
            };
          },
    wv = f.unstable_scheduleCallback,
    $v = f.unstable_NormalPriority,
    Lt = {
      $$typeof: ft,
      Consumer: null,
      Provider: null,
      _currentValue: null,
      _currentValue2: null,
      _threadCount: 0,
    };
  function Di() {
    return { controller: new Jv(), data: new Map(), refCount: 0 };
  }
  function Mu(t) {
    t.refCount--,
      t.refCount === 0 &&
        wv($v, () => {
          t.controller.abort();
        });
  }
  function Wo(t, l) {
    if ((t.pendingLanes & 4194048) !== 0) {
      var e = t.transitionTypes;
      for (e === null && (e = t.transitionTypes = []), t = 0; t < l.length; t++) {
        var a = l[t];
        e.indexOf(a) === -1 && e.push(a);
      }
    }
  }
  var Du = null;
  function Wv(t) {
    var l = t.transitionTypes;
    return ((t.transitionTypes = null), l);
  }
  var Ru = null,
    Ri = 0,
    ia = 0,
    Ya = null;
  function Fv(t, l) {
    if (Ru === null) {
      var e = (Ru = []);
      (Ri = 0),
        (ia = wf()),
        (Ya = {
          status: 'pending',
          value: void 0,
          then: (a) => {
            e.push(a);
          },
        });
    }
    return (Ri++, l.then(Fo, Fo), l);
  }
  function Fo() {
    if (--Ri === 0 && ((Du = null), Ru !== null)) {
      Ya !== null && (Ya.status = 'fulfilled');
      var t = Ru;
      (Ru = null), (ia = 0), (Ya = null);
      for (var l = 0; l < t.length; l++) (0, t[l])();
    }
  }
  function Iv(t, l) {
    var e = [],
      a = {
        status: 'pending',
        value: null,
        reason: null,
        then: (u) => {
          e.push(u);
        },
      };
    return (
      t.then(
        () => {
          (a.status = 'fulfilled'), (a.value = l);
          for (var u = 0; u < e.length; u++) (0, e[u])(l);
        },
        (u) => {
          for (a.status = 'rejected', a.reason = u, u = 0; u < e.length; u++) (0, e[u])(void 0);
        },
      ),
      a
    );
  }
  var Io = Z.S;
  Z.S = (t, l) => {
    if (
      ((Vd = hl()),
      typeof l == 'object' && l !== null && typeof l.then == 'function' && Fv(t, l),
      Du !== null)
    )
      for (var e = eu; e !== null; ) Wo(e, Du), (e = e.next);
    if (((e = t.types), e !== null)) {
      for (var a = eu; a !== null; ) Wo(a, e), (a = a.next);
      if (ia !== 0) {
        (a = Du), a === null && (a = Du = []);
        for (var u = 0; u < e.length; u++) {
          var n = e[u];
          a.indexOf(n) === -1 && a.push(n);
        }
      }
    }
    Io !== null && Io(t, l);
  };
  var fa = Vl(null);
  function Ui() {
    var t = fa.current;
    return t !== null ? t : Rt.pooledCache;
  }
  function Yn(t, l) {
    l === null ? pt(fa, fa.current) : pt(fa, l.pool);
  }
  function ko() {
    var t = Ui();
    return t === null ? null : { parent: Lt._currentValue, pool: t };
  }
  var Ga = Error(o(460)),
    pi = Error(o(474)),
    Gn = Error(o(542)),
    Xn = { then: () => {} };
  function Po(t) {
    return ((t = t.status), t === 'fulfilled' || t === 'rejected');
  }
  function tr(t, l, e) {
    switch (((e = t[e]), e === void 0 ? t.push(l) : e !== l && (l.then(Kl, Kl), (l = e)), l.status)) {
      case 'fulfilled':
        return l.value;
      case 'rejected':
        throw ((t = l.reason), er(t), t === void 0 && !('reason' in l) ? Error(o(600)) : t);
      default:
        if (typeof l.status == 'string') l.then(Kl, Kl);
        else {
          if (((t = Rt), t !== null && 100 < t.shellSuspendCounter)) throw Error(o(482));
          (t = l),
            (t.status = 'pending'),
            t.then(
              (a) => {
                if (l.status === 'pending') {
                  var u = l;
                  (u.status = 'fulfilled'), (u.value = a);
                }
              },
              (a) => {
                if (l.status === 'pending') {
                  var u = l;
                  (u.status = 'rejected'), (u.reason = a);
                }
              },
            );
        }
        switch (l.status) {
          case 'fulfilled':
            return l.value;
          case 'rejected':
            throw ((t = l.reason), er(t), t);
        }
        throw ((oa = l), Ga);
    }
  }
  function sa(t) {
    try {
      var l = t._init;
      return l(t._payload);
    } catch (e) {
      throw e !== null && typeof e == 'object' && typeof e.then == 'function' ? ((oa = e), Ga) : e;
    }
  }
  var oa = null;
  function lr() {
    if (oa === null) throw Error(o(459));
    var t = oa;
    return ((oa = null), t);
  }
  function er(t) {
    if (t === Ga || t === Gn) throw Error(o(483));
  }
  var Xa = null,
    Uu = 0;
  function Qn(t) {
    var l = Uu;
    return ((Uu += 1), Xa === null && (Xa = []), tr(Xa, t, l));
  }
  function Me(t, l) {
    (l = l.props.ref), (t.ref = l !== void 0 ? l : null);
  }
  function Ln(t, l) {
    throw l.$$typeof === J
      ? Error(o(525))
      : ((t = Object.prototype.toString.call(l)),
        Error(o(31, t === '[object Object]' ? 'object with keys {' + Object.keys(l).join(', ') + '}' : t)));
  }
  function ar(t) {
    function l(v, r) {
      if (t) {
        var b = v.deletions;
        b === null ? ((v.deletions = [r]), (v.flags |= 16)) : b.push(r);
      }
    }
    function e(v, r) {
      if (!t) return null;
      for (; r !== null; ) l(v, r), (r = r.sibling);
      return null;
    }
    function a(v) {
      for (var r = new Map(); v !== null; )
        v.key === null ? r.set(v.index, v) : r.set(v.key, v), (v = v.sibling);
      return r;
    }
    function u(v, r) {
      return ((v = se(v, r)), (v.index = 0), (v.sibling = null), v);
    }
    function n(v, r, b) {
      return (
        (v.index = b),
        t
          ? ((b = v.alternate),
            b !== null ? ((b = b.index), b < r ? ((v.flags |= 2), r) : b) : ((v.flags |= 134217730), r))
          : ((v.flags |= 1048576), r)
      );
    }
    function c(v) {
      return (t && v.alternate === null && (v.flags |= 134217730), v);
    }
    function i(v, r, b, A) {
      return r === null || r.tag !== 6
        ? ((r = _i(b, v.mode, A)), (r.return = v), r)
        : ((r = u(r, b)), (r.return = v), r);
    }
    function s(v, r, b, A) {
      var Q = b.type;
      return Q === H
        ? ((v = E(v, r, b.props.children, A, b.key)), Me(v, b), v)
        : r !== null &&
            (r.elementType === Q ||
              (typeof Q == 'object' && Q !== null && Q.$$typeof === _t && sa(Q) === r.type))
          ? ((r = u(r, b.props)), Me(r, b), (r.return = v), r)
          : ((r = Un(b.type, b.key, b.props, null, v.mode, A)), Me(r, b), (r.return = v), r);
    }
    function h(v, r, b, A) {
      return r === null ||
        r.tag !== 4 ||
        r.stateNode.containerInfo !== b.containerInfo ||
        r.stateNode.implementation !== b.implementation
        ? ((r = zi(b, v.mode, A)), (r.return = v), r)
        : ((r = u(r, b.children || [])), (r.return = v), r);
    }
    function E(v, r, b, A, Q) {
      return r === null || r.tag !== 7
        ? ((r = ea(b, v.mode, A, Q)), (r.return = v), r)
        : ((r = u(r, b)), (r.return = v), r);
    }
    function C(v, r, b) {
      if ((typeof r == 'string' && r !== '') || typeof r == 'number' || typeof r == 'bigint')
        return ((r = _i('' + r, v.mode, b)), (r.return = v), r);
      if (typeof r == 'object' && r !== null) {
        switch (r.$$typeof) {
          case yt:
            return ((b = Un(r.type, r.key, r.props, null, v.mode, b)), Me(b, r), (b.return = v), b);
          case Ut:
            return ((r = zi(r, v.mode, b)), (r.return = v), r);
          case _t:
            return ((r = sa(r)), C(v, r, b));
        }
        if (Tt(r) || $(r)) return ((r = ea(r, v.mode, b, null)), (r.return = v), r);
        if (typeof r.then == 'function') return C(v, Qn(r), b);
        if (r.$$typeof === ft) return C(v, qn(v, r), b);
        Ln(v, r);
      }
      return null;
    }
    function m(v, r, b, A) {
      var Q = r !== null ? r.key : null;
      if ((typeof b == 'string' && b !== '') || typeof b == 'number' || typeof b == 'bigint')
        return Q !== null ? null : i(v, r, '' + b, A);
      if (typeof b == 'object' && b !== null) {
        switch (b.$$typeof) {
          case yt:
            return b.key === Q ? s(v, r, b, A) : null;
          case Ut:
            return b.key === Q ? h(v, r, b, A) : null;
          case _t:
            return ((b = sa(b)), m(v, r, b, A));
        }
        if (Tt(b) || $(b)) return Q !== null ? null : E(v, r, b, A, null);
        if (typeof b.then == 'function') return m(v, r, Qn(b), A);
        if (b.$$typeof === ft) return m(v, r, qn(v, b), A);
        Ln(v, b);
      }
      return null;
    }
    function T(v, r, b, A, Q) {
      if ((typeof A == 'string' && A !== '') || typeof A == 'number' || typeof A == 'bigint')
        return ((v = v.get(b) || null), i(r, v, '' + A, Q));
      if (typeof A == 'object' && A !== null) {
        switch (A.$$typeof) {
          case yt:
            return ((v = v.get(A.key === null ? b : A.key) || null), s(r, v, A, Q));
          case Ut:
            return ((v = v.get(A.key === null ? b : A.key) || null), h(r, v, A, Q));
          case _t:
            return ((A = sa(A)), T(v, r, b, A, Q));
        }
        if (Tt(A) || $(A)) return ((v = v.get(b) || null), E(r, v, A, Q, null));
        if (typeof A.then == 'function') return T(v, r, b, Qn(A), Q);
        if (A.$$typeof === ft) return T(v, r, b, qn(r, A), Q);
        Ln(r, A);
      }
      return null;
    }
    function Y(v, r, b, A) {
      for (var Q = null, dt = null, K = r, k = (r = 0), Kt = null; K !== null && k < b.length; k++) {
        K.index > k ? ((Kt = K), (K = null)) : (Kt = K.sibling);
        var mt = m(v, K, b[k], A);
        if (mt === null) {
          K === null && (K = Kt);
          break;
        }
        t && K && mt.alternate === null && l(v, K),
          (r = n(mt, r, k)),
          dt === null ? (Q = mt) : (dt.sibling = mt),
          (dt = mt),
          (K = Kt);
      }
      if (k === b.length) return (e(v, K), it && oe(v, k), Q);
      if (K === null) {
        for (; k < b.length; k++)
          (K = C(v, b[k], A)),
            K !== null && ((r = n(K, r, k)), dt === null ? (Q = K) : (dt.sibling = K), (dt = K));
        return (it && oe(v, k), Q);
      }
      for (K = a(K); k < b.length; k++)
        (Kt = T(K, v, k, b[k], A)),
          Kt !== null &&
            (t && ((mt = Kt.alternate), mt !== null && K.delete(mt.key === null ? k : mt.key)),
            (r = n(Kt, r, k)),
            dt === null ? (Q = Kt) : (dt.sibling = Kt),
            (dt = Kt));
      return (t && K.forEach((we) => l(v, we)), it && oe(v, k), Q);
    }
    function L(v, r, b, A) {
      if (b == null) throw Error(o(151));
      for (
        var Q = null, dt = null, K = r, k = (r = 0), Kt = null, mt = b.next();
        K !== null && !mt.done;
        k++, mt = b.next()
      ) {
        K.index > k ? ((Kt = K), (K = null)) : (Kt = K.sibling);
        var we = m(v, K, mt.value, A);
        if (we === null) {
          K === null && (K = Kt);
          break;
        }
        t && K && we.alternate === null && l(v, K),
          (r = n(we, r, k)),
          dt === null ? (Q = we) : (dt.sibling = we),
          (dt = we),
          (K = Kt);
      }
      if (mt.done) return (e(v, K), it && oe(v, k), Q);
      if (K === null) {
        for (; !mt.done; k++, mt = b.next())
          (mt = C(v, mt.value, A)),
            mt !== null && ((r = n(mt, r, k)), dt === null ? (Q = mt) : (dt.sibling = mt), (dt = mt));
        return (it && oe(v, k), Q);
      }
      for (K = a(K); !mt.done; k++, mt = b.next())
        (mt = T(K, v, k, mt.value, A)),
          mt !== null &&
            (t && ((Kt = mt.alternate), Kt !== null && K.delete(Kt.key === null ? k : Kt.key)),
            (r = n(mt, r, k)),
            dt === null ? (Q = mt) : (dt.sibling = mt),
            (dt = mt));
      return (t && K.forEach((Uh) => l(v, Uh)), it && oe(v, k), Q);
    }
    function nt(v, r, b, A) {
      if (
        (typeof b == 'object' &&
          b !== null &&
          b.type === H &&
          b.key === null &&
          b.props.ref === void 0 &&
          (b = b.props.children),
        typeof b == 'object' && b !== null)
      ) {
        switch (b.$$typeof) {
          case yt:
            t: {
              for (var Q = b.key; r !== null; ) {
                if (r.key === Q) {
                  if (((Q = b.type), Q === H)) {
                    if (r.tag === 7) {
                      e(v, r.sibling), (A = u(r, b.props.children)), Me(A, b), (A.return = v), (v = A);
                      break t;
                    }
                  } else if (
                    r.elementType === Q ||
                    (typeof Q == 'object' && Q !== null && Q.$$typeof === _t && sa(Q) === r.type)
                  ) {
                    e(v, r.sibling), (A = u(r, b.props)), Me(A, b), (A.return = v), (v = A);
                    break t;
                  }
                  e(v, r);
                  break;
                } else l(v, r);
                r = r.sibling;
              }
              b.type === H
                ? ((A = ea(b.props.children, v.mode, A, b.key)), Me(A, b), (A.return = v), (v = A))
                : ((A = Un(b.type, b.key, b.props, null, v.mode, A)), Me(A, b), (A.return = v), (v = A));
            }
            return c(v);
          case Ut:
            t: {
              for (Q = b.key; r !== null; ) {
                if (r.key === Q)
                  if (
                    r.tag === 4 &&
                    r.stateNode.containerInfo === b.containerInfo &&
                    r.stateNode.implementation === b.implementation
                  ) {
                    e(v, r.sibling), (A = u(r, b.children || [])), (A.return = v), (v = A);
                    break t;
                  } else {
                    e(v, r);
                    break;
                  }
                else l(v, r);
                r = r.sibling;
              }
              (A = zi(b, v.mode, A)), (A.return = v), (v = A);
            }
            return c(v);
          case _t:
            return ((b = sa(b)), nt(v, r, b, A));
        }
        if (Tt(b)) return Y(v, r, b, A);
        if ($(b)) {
          if (((Q = $(b)), typeof Q != 'function')) throw Error(o(150));
          return ((b = Q.call(b)), L(v, r, b, A));
        }
        if (typeof b.then == 'function') return nt(v, r, Qn(b), A);
        if (b.$$typeof === ft) return nt(v, r, qn(v, b), A);
        Ln(v, b);
      }
      return (typeof b == 'string' && b !== '') || typeof b == 'number' || typeof b == 'bigint'
        ? ((b = '' + b),
          r !== null && r.tag === 6
            ? (e(v, r.sibling), (A = u(r, b)), (A.return = v), (v = A))
            : (e(v, r), (A = _i(b, v.mode, A)), (A.return = v), (v = A)),
          c(v))
        : e(v, r);
    }
    return (v, r, b, A) => {
      try {
        Uu = 0;
        var Q = nt(v, r, b, A);
        return ((Xa = null), Q);
      } catch (K) {
        if (K === Ga || K === Gn) throw K;
        var dt = rl(29, K, null, v.mode);
        return ((dt.lanes = A), (dt.return = v), dt);
      }
    };
  }
  var ra = ar(!0),
    ur = ar(!1),
    De = !1;
  function Hi(t) {
    t.updateQueue = {
      baseState: t.memoizedState,
      firstBaseUpdate: null,
      lastBaseUpdate: null,
      shared: { pending: null, lanes: 0, hiddenCallbacks: null },
      callbacks: null,
    };
  }
  function xi(t, l) {
    (t = t.updateQueue),
      l.updateQueue === t &&
        (l.updateQueue = {
          baseState: t.baseState,
          firstBaseUpdate: t.firstBaseUpdate,
          lastBaseUpdate: t.lastBaseUpdate,
          shared: t.shared,
          callbacks: null,
        });
  }
  function Re(t) {
    return { lane: t, tag: 0, payload: null, callback: null, next: null };
  }
  function Ue(t, l, e) {
    var a = t.updateQueue;
    if (a === null) return null;
    if (((a = a.shared), (Et & 2) !== 0)) {
      var u = a.pending;
      return (
        u === null ? (l.next = l) : ((l.next = u.next), (u.next = l)),
        (a.pending = l),
        (l = Rn(t)),
        Qo(t, null, e),
        l
      );
    }
    return (Dn(t, a, l, e), Rn(t));
  }
  function pu(t, l, e) {
    if (((l = l.updateQueue), l !== null && ((l = l.shared), (e & 4194048) !== 0))) {
      var a = l.lanes;
      (a &= t.pendingLanes), (e |= a), (l.lanes = e), Zs(t, e);
    }
  }
  function ji(t, l) {
    var e = t.updateQueue,
      a = t.alternate;
    if (a !== null && ((a = a.updateQueue), e === a)) {
      var u = null,
        n = null;
      if (((e = e.firstBaseUpdate), e !== null)) {
        do {
          var c = { lane: e.lane, tag: e.tag, payload: e.payload, callback: null, next: null };
          n === null ? (u = n = c) : (n = n.next = c), (e = e.next);
        } while (e !== null);
        n === null ? (u = n = l) : (n = n.next = l);
      } else u = n = l;
      (e = {
        baseState: a.baseState,
        firstBaseUpdate: u,
        lastBaseUpdate: n,
        shared: a.shared,
        callbacks: a.callbacks,
      }),
        (t.updateQueue = e);
      return;
    }
    (t = e.lastBaseUpdate), t === null ? (e.firstBaseUpdate = l) : (t.next = l), (e.lastBaseUpdate = l);
  }
  var Bi = !1;
  function Hu() {
    if (Bi) {
      var t = Ya;
      if (t !== null) throw t;
    }
  }
  function xu(t, l, e, a) {
    Bi = !1;
    var u = t.updateQueue;
    De = !1;
    var n = u.firstBaseUpdate,
      c = u.lastBaseUpdate,
      i = u.shared.pending;
    if (i !== null) {
      u.shared.pending = null;
      var s = i,
        h = s.next;
      (s.next = null), c === null ? (n = h) : (c.next = h), (c = s);
      var E = t.alternate;
      E !== null &&
        ((E = E.updateQueue),
        (i = E.lastBaseUpdate),
        i !== c && (i === null ? (E.firstBaseUpdate = h) : (i.next = h), (E.lastBaseUpdate = s)));
    }
    if (n !== null) {
      var C = u.baseState;
      (c = 0), (E = h = s = null), (i = n);
      do {
        var m = i.lane & -536870913,
          T = m !== i.lane;
        if (T ? (rt & m) === m : (a & m) === m) {
          m !== 0 && m === ia && (Bi = !0),
            E !== null &&
              (E = E.next = { lane: 0, tag: i.tag, payload: i.payload, callback: null, next: null });
          t: {
            var Y = t,
              L = i;
            m = l;
            var nt = e;
            switch (L.tag) {
              case 1:
                if (((Y = L.payload), typeof Y == 'function')) {
                  C = Y.call(nt, C, m);
                  break t;
                }
                C = Y;
                break t;
              case 3:
                Y.flags = (Y.flags & -65537) | 128;
              case 0:
                if (((Y = L.payload), (m = typeof Y == 'function' ? Y.call(nt, C, m) : Y), m == null))
                  break t;
                C = X({}, C, m);
                break t;
              case 2:
                De = !0;
            }
          }
          (m = i.callback),
            m !== null &&
              ((t.flags |= 64),
              T && (t.flags |= 8192),
              (T = u.callbacks),
              T === null ? (u.callbacks = [m]) : T.push(m));
        } else
          (T = { lane: m, tag: i.tag, payload: i.payload, callback: i.callback, next: null }),
            E === null ? ((h = E = T), (s = C)) : (E = E.next = T),
            (c |= m);
        if (((i = i.next), i === null)) {
          if (((i = u.shared.pending), i === null)) break;
          (T = i), (i = T.next), (T.next = null), (u.lastBaseUpdate = T), (u.shared.pending = null);
        }
      } while (!0);
      E === null && (s = C),
        (u.baseState = s),
        (u.firstBaseUpdate = h),
        (u.lastBaseUpdate = E),
        n === null && (u.shared.lanes = 0),
        (Ye |= c),
        (t.lanes = c),
        (t.memoizedState = C);
    }
  }
  function nr(t, l) {
    if (typeof t != 'function') throw Error(o(191, t));
    t.call(l);
  }
  function cr(t, l) {
    var e = t.callbacks;
    if (e !== null) for (t.callbacks = null, t = 0; t < e.length; t++) nr(e[t], l);
  }
  var pe = Vl(null),
    Vn = Vl(0);
  function ir(t, l) {
    (t = ge), pt(Vn, t), pt(pe, l), (ge = t | l.baseLanes);
  }
  function qi() {
    pt(Vn, ge), pt(pe, pe.current);
  }
  function Yi() {
    (ge = Vn.current), It(pe), It(Vn);
  }
  var tl = Vl(null),
    nl = null;
  function He(t) {
    var l = t.alternate;
    pt(ll, ll.current & 1),
      pt(tl, t),
      nl === null && (l === null || pe.current !== null || l.memoizedState !== null) && (nl = t);
  }
  function Gi(t) {
    pt(ll, ll.current), pt(tl, t), nl === null && (nl = t);
  }
  function fr(t) {
    t.tag === 22 ? (pt(ll, ll.current), pt(tl, t), nl === null && (nl = t)) : xe();
  }
  function xe() {
    pt(ll, ll.current), pt(tl, tl.current);
  }
  function El(t) {
    It(tl), nl === t && (nl = null), It(ll);
  }
  var ll = Vl(0);
  function ju(t, l) {
    pt(tl, tl.current), pt(ll, l);
  }
  function Xi(t) {
    It(ll), It(tl), nl === t && (nl = null);
  }
  function Zn(t) {
    for (var l = t; l !== null; ) {
      if (l.tag === 13) {
        var e = l.memoizedState;
        if (e !== null && ((e = e.dehydrated), e === null || ss(e) || os(e))) return l;
      } else if (l.tag === 19 && l.memoizedProps.revealOrder !== 'independent') {
        if ((l.flags & 128) !== 0) return l;
      } else if (l.child !== null) {
        (l.child.return = l), (l = l.child);
        continue;
      }
      if (l === t) break;
      for (; l.sibling === null; ) {
        if (l.return === null || l.return === t) return null;
        l = l.return;
      }
      (l.sibling.return = l.return), (l = l.sibling);
    }
    return null;
  }
  var me = 0,
    ut = null,
    Mt = null,
    Vt = null,
    Kn = !1,
    Qa = !1,
    da = !1,
    Jn = 0,
    Bu = 0,
    La = null,
    kv = 0;
  function Gt() {
    throw Error(o(321));
  }
  function Qi(t, l) {
    if (l === null) return !1;
    for (var e = 0; e < l.length && e < t.length; e++) if (!Tl(t[e], l[e])) return !1;
    return !0;
  }
  function Li(t, l, e, a, u, n) {
    return (
      (me = n),
      (ut = l),
      (l.memoizedState = null),
      (l.updateQueue = null),
      (l.lanes = 0),
      (Z.H = t === null || t.memoizedState === null ? Kr : Jr),
      (da = !1),
      (n = e(a, u)),
      (da = !1),
      Qa && (n = or(l, e, a, u)),
      sr(t),
      n
    );
  }
  function sr(t) {
    Z.H = Pn;
    var l = Mt !== null && Mt.next !== null;
    if (((me = 0), (Vt = Mt = ut = null), (Kn = !1), (Bu = 0), (La = null), l)) throw Error(o(300));
    t === null || Zt || ((t = t.dependencies), t !== null && Bn(t) && (Zt = !0));
  }
  function or(t, l, e, a) {
    ut = t;
    var u = 0;
    do {
      if ((Qa && (La = null), (Bu = 0), (Qa = !1), 25 <= u)) throw Error(o(301));
      if (((u += 1), (Vt = Mt = null), t.updateQueue != null)) {
        var n = t.updateQueue;
        (n.lastEffect = null),
          (n.events = null),
          (n.stores = null),
          n.memoCache != null && (n.memoCache.index = 0);
      }
      (Z.H = cy), (n = l(e, a));
    } while (Qa);
    return n;
  }
  function Pv() {
    var t = Z.H,
      l = t.useState()[0];
    return (
      (l = typeof l.then == 'function' ? qu(l) : l),
      (t = t.useState()[0]),
      (Mt !== null ? Mt.memoizedState : null) !== t && (ut.flags |= 1024),
      l
    );
  }
  function Vi() {
    var t = Jn !== 0;
    return ((Jn = 0), t);
  }
  function Zi(t, l, e) {
    (l.updateQueue = t.updateQueue), (l.flags &= -2053), (t.lanes &= ~e);
  }
  function Ki(t) {
    if (Kn) {
      for (t = t.memoizedState; t !== null; ) {
        var l = t.queue;
        l !== null && (l.pending = null), (t = t.next);
      }
      Kn = !1;
    }
    (me = 0), (Vt = Mt = ut = null), (Qa = !1), (Bu = Jn = 0), (La = null);
  }
  function il() {
    var t = { memoizedState: null, baseState: null, baseQueue: null, queue: null, next: null };
    return (Vt === null ? (ut.memoizedState = Vt = t) : (Vt = Vt.next = t), Vt);
  }
  function Qt() {
    if (Mt === null) {
      var t = ut.alternate;
      t = t !== null ? t.memoizedState : null;
    } else t = Mt.next;
    var l = Vt === null ? ut.memoizedState : Vt.next;
    if (l !== null) (Vt = l), (Mt = t);
    else {
      if (t === null) throw ut.alternate === null ? Error(o(467)) : Error(o(310));
      (Mt = t),
        (t = {
          memoizedState: Mt.memoizedState,
          baseState: Mt.baseState,
          baseQueue: Mt.baseQueue,
          queue: Mt.queue,
          next: null,
        }),
        Vt === null ? (ut.memoizedState = Vt = t) : (Vt = Vt.next = t);
    }
    return Vt;
  }
  function wn() {
    return { lastEffect: null, events: null, stores: null, memoCache: null };
  }
  function qu(t) {
    var l = Bu;
    return (
      (Bu += 1),
      La === null && (La = []),
      (t = tr(La, t, l)),
      (l = ut),
      (Vt === null ? l.memoizedState : Vt.next) === null &&
        ((l = l.alternate), (Z.H = l === null || l.memoizedState === null ? Kr : Jr)),
      t
    );
  }
  function $n(t) {
    if (t !== null && typeof t == 'object') {
      if (typeof t.then == 'function') return qu(t);
      if (t.$$typeof === R) return;
      if (t.$$typeof === ft) return Pt(t);
    }
    throw Error(o(438, String(t)));
  }
  function Ji(t) {
    var l = null,
      e = ut.updateQueue;
    if ((e !== null && (l = e.memoCache), l == null)) {
      var a = ut.alternate;
      a !== null &&
        ((a = a.updateQueue),
        a !== null &&
          ((a = a.memoCache), a != null && (l = { data: a.data.map((u) => u.slice()), index: 0 })));
    }
    if (
      (l == null && (l = { data: [], index: 0 }),
      e === null && ((e = wn()), (ut.updateQueue = e)),
      (e.memoCache = l),
      (e = l.data[l.index]),
      e === void 0)
    )
      for (e = l.data[l.index] = Array(t), a = 0; a < t; a++) e[a] = We;
    return (l.index++, e);
  }
  function ve(t, l) {
    return typeof l == 'function' ? l(t) : l;
  }
  function Wn(t) {
    var l = Qt();
    return wi(l, Mt, t);
  }
  function wi(t, l, e) {
    var a = t.queue;
    if (a === null) throw Error(o(311));
    a.lastRenderedReducer = e;
    var u = t.baseQueue,
      n = a.pending;
    if (n !== null) {
      if (u !== null) {
        var c = u.next;
        (u.next = n.next), (n.next = c);
      }
      (l.baseQueue = u = n), (a.pending = null);
    }
    if (((n = t.baseState), u === null)) t.memoizedState = n;
    else {
      l = u.next;
      var i = (c = null),
        s = null,
        h = l,
        E = !1;
      do {
        var C = h.lane & -536870913;
        if (C !== h.lane ? (rt & C) === C : (me & C) === C) {
          var m = h.revertLane;
          if (m === 0)
            s !== null &&
              (s = s.next =
                {
                  lane: 0,
                  revertLane: 0,
                  gesture: null,
                  action: h.action,
                  hasEagerState: h.hasEagerState,
                  eagerState: h.eagerState,
                  next: null,
                }),
              C === ia && (E = !0);
          else if ((me & m) === m) {
            (h = h.next), m === ia && (E = !0);
            continue;
          } else
            (C = {
              lane: 0,
              revertLane: h.revertLane,
              gesture: null,
              action: h.action,
              hasEagerState: h.hasEagerState,
              eagerState: h.eagerState,
              next: null,
            }),
              s === null ? ((i = s = C), (c = n)) : (s = s.next = C),
              (ut.lanes |= m),
              (Ye |= m);
          (C = h.action), da && e(n, C), (n = h.hasEagerState ? h.eagerState : e(n, C));
        } else
          (m = {
            lane: C,
            revertLane: h.revertLane,
            gesture: h.gesture,
            action: h.action,
            hasEagerState: h.hasEagerState,
            eagerState: h.eagerState,
            next: null,
          }),
            s === null ? ((i = s = m), (c = n)) : (s = s.next = m),
            (ut.lanes |= C),
            (Ye |= C);
        h = h.next;
      } while (h !== null && h !== l);
      if (
        (s === null ? (c = n) : (s.next = i),
        !Tl(n, t.memoizedState) && ((Zt = !0), E && ((e = Ya), e !== null)))
      )
        throw e;
      (t.memoizedState = n), (t.baseState = c), (t.baseQueue = s), (a.lastRenderedState = n);
    }
    return (u === null && (a.lanes = 0), [t.memoizedState, a.dispatch]);
  }
  function $i(t) {
    var l = Qt(),
      e = l.queue;
    if (e === null) throw Error(o(311));
    e.lastRenderedReducer = t;
    var a = e.dispatch,
      u = e.pending,
      n = l.memoizedState;
    if (u !== null) {
      e.pending = null;
      var c = (u = u.next);
      do (n = t(n, c.action)), (c = c.next);
      while (c !== u);
      Tl(n, l.memoizedState) || (Zt = !0),
        (l.memoizedState = n),
        l.baseQueue === null && (l.baseState = n),
        (e.lastRenderedState = n);
    }
    return [n, a];
  }
  function rr(t, l, e) {
    var a = ut,
      u = Qt(),
      n = it;
    if (n) {
      if (e === void 0) throw Error(o(407));
      e = e();
    } else e = l();
    var c = !Tl((Mt || u).memoizedState, e);
    if (
      (c && ((u.memoizedState = e), (Zt = !0)),
      (u = u.queue),
      Ii(vr.bind(null, a, u, t), [t]),
      (t = u.getSnapshot !== l || c || (Vt !== null && (Vt.memoizedState.tag & 1) !== 0)),
      Va(t ? 9 : 8, { destroy: void 0 }, mr.bind(null, a, u, e, l), null),
      t)
    ) {
      if (((a.flags |= 2048), Rt === null)) throw Error(o(349));
      n || (me & 127) !== 0 || dr(a, l, e);
    }
    return e;
  }
  function dr(t, l, e) {
    (t.flags |= 16384),
      (t = { getSnapshot: l, value: e }),
      (l = ut.updateQueue),
      l === null
        ? ((l = wn()), (ut.updateQueue = l), (l.stores = [t]))
        : ((e = l.stores), e === null ? (l.stores = [t]) : e.push(t));
  }
  function mr(t, l, e, a) {
    (l.value = e), (l.getSnapshot = a), yr(l) && hr(t);
  }
  function vr(t, l, e) {
    return e(() => {
      yr(l) && hr(t);
    });
  }
  function yr(t) {
    var l = t.getSnapshot;
    t = t.value;
    try {
      var e = l();
      return !Tl(t, e);
    } catch {
      return !0;
    }
  }
  function hr(t) {
    var l = la(t, 2);
    l !== null && yl(l, t, 2);
  }
  function Wi(t) {
    var l = il();
    if (typeof t == 'function') {
      var e = t;
      if (((t = e()), da)) {
        Ee(!0);
        try {
          e();
        } finally {
          Ee(!1);
        }
      }
    }
    return (
      (l.memoizedState = l.baseState = t),
      (l.queue = { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: ve, lastRenderedState: t }),
      l
    );
  }
  function gr(t, l, e, a) {
    return ((t.baseState = e), wi(t, Mt, typeof a == 'function' ? a : ve));
  }
  function ty(t, l, e, a, u) {
    if (kn(t)) throw Error(o(485));
    if (((t = l.action), t !== null)) {
      var n = {
        payload: u,
        action: t,
        next: null,
        isTransition: !0,
        status: 'pending',
        value: null,
        reason: null,
        listeners: [],
        then: (c) => {
          n.listeners.push(c);
        },
      };
      Z.T !== null ? e(!0) : (n.isTransition = !1),
        a(n),
        (e = l.pending),
        e === null ? ((n.next = l.pending = n), Sr(l, n)) : ((n.next = e.next), (l.pending = e.next = n));
    }
  }
  function Sr(t, l) {
    var e = l.action,
      a = l.payload,
      u = t.state;
    if (l.isTransition) {
      var n = Z.T,
        c = {};
      (c.types = n !== null ? n.types : null), (Z.T = c);
      try {
        var i = e(u, a),
          s = Z.S;
        s !== null && s(c, i), br(t, l, i);
      } catch (h) {
        Fi(t, l, h);
      } finally {
        n !== null && c.types !== null && (n.types = c.types), (Z.T = n);
      }
    } else
      try {
        (n = e(u, a)), br(t, l, n);
      } catch (h) {
        Fi(t, l, h);
      }
  }
  function br(t, l, e) {
    e !== null && typeof e == 'object' && typeof e.then == 'function'
      ? e.then(
          (a) => {
            Tr(t, l, a);
          },
          (a) => Fi(t, l, a),
        )
      : Tr(t, l, e);
  }
  function Tr(t, l, e) {
    (l.status = 'fulfilled'),
      (l.value = e),
      Er(l),
      (t.state = e),
      (l = t.pending),
      l !== null && ((e = l.next), e === l ? (t.pending = null) : ((e = e.next), (l.next = e), Sr(t, e)));
  }
  function Fi(t, l, e) {
    var a = t.pending;
    if (((t.pending = null), a !== null)) {
      a = a.next;
      do (l.status = 'rejected'), (l.reason = e), Er(l), (l = l.next);
      while (l !== a);
    }
    t.action = null;
  }
  function Er(t) {
    t = t.listeners;
    for (var l = 0; l < t.length; l++) (0, t[l])();
  }
  function _r(t, l) {
    return l;
  }
  function zr(t, l) {
    if (it) {
      var e = Rt.formState;
      if (e !== null) {
        t: {
          var a = ut;
          if (it) {
            if (Ht) {
              l: {
                for (var u = Ht, n = pl; u.nodeType !== 8; ) {
                  if (!n) {
                    u = null;
                    break l;
                  }
                  if (((u = xl(u.nextSibling)), u === null)) {
                    u = null;
                    break l;
                  }
                }
                (n = u.data), (u = n === 'F!' || n === 'F' ? u : null);
              }
              if (u) {
                (Ht = xl(u.nextSibling)), (a = u.data === 'F!');
                break t;
              }
            }
            Ae(a);
          }
          a = !1;
        }
        a && (l = e[0]);
      }
    }
    return (
      (e = il()),
      (e.memoizedState = e.baseState = l),
      (a = { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: _r, lastRenderedState: l }),
      (e.queue = a),
      (e = Lr.bind(null, ut, a)),
      (a.dispatch = e),
      (a = Wi(!1)),
      (n = ef.bind(null, ut, !1, a.queue)),
      (a = il()),
      (u = { state: l, dispatch: null, action: t, pending: null }),
      (a.queue = u),
      (e = ty.bind(null, ut, u, n, e)),
      (u.dispatch = e),
      (a.memoizedState = t),
      [l, e, !1]
    );
  }
  function Nr(t) {
    var l = Qt();
    return Or(l, Mt, t);
  }
  function Or(t, l, e) {
    if (
      ((l = wi(t, l, _r)[0]),
      (t = Wn(ve)[0]),
      typeof l == 'object' && l !== null && typeof l.then == 'function')
    )
      try {
        var a = qu(l);
      } catch (c) {
        throw c === Ga ? Gn : c;
      }
    else a = l;
    l = Qt();
    var u = l.queue,
      n = u.dispatch;
    return (
      e !== l.memoizedState && ((ut.flags |= 2048), Va(9, { destroy: void 0 }, ly.bind(null, u, e), null)),
      [a, n, t]
    );
  }
  function ly(t, l) {
    t.action = l;
  }
  function Ar(t) {
    var l = Qt(),
      e = Mt;
    if (e !== null) return Or(l, e, t);
    Qt(), (l = l.memoizedState), (e = Qt());
    var a = e.queue.dispatch;
    return ((e.memoizedState = t), [l, a, !1]);
  }
  function Va(t, l, e, a) {
    return (
      (t = { tag: t, create: e, deps: a, inst: l, next: null }),
      (l = ut.updateQueue),
      l === null && ((l = wn()), (ut.updateQueue = l)),
      (e = l.lastEffect),
      e === null
        ? (l.lastEffect = t.next = t)
        : ((a = e.next), (e.next = t), (t.next = a), (l.lastEffect = t)),
      t
    );
  }
  function Cr() {
    return Qt().memoizedState;
  }
  function Fn(t, l, e, a) {
    var u = il();
    (ut.flags |= t), (u.memoizedState = Va(1 | l, { destroy: void 0 }, e, a === void 0 ? null : a));
  }
  function In(t, l, e, a) {
    var u = Qt();
    a = a === void 0 ? null : a;
    var n = u.memoizedState.inst;
    Mt !== null && a !== null && Qi(a, Mt.memoizedState.deps)
      ? (u.memoizedState = Va(l, n, e, a))
      : ((ut.flags |= t), (u.memoizedState = Va(1 | l, n, e, a)));
  }
  function Mr(t, l) {
    Fn(8390656, 8, t, l);
  }
  function Ii(t, l) {
    In(2048, 8, t, l);
  }
  function ey(t) {
    ut.flags |= 4;
    var l = ut.updateQueue;
    if (l === null) (l = wn()), (ut.updateQueue = l), (l.events = [t]);
    else {
      var e = l.events;
      e === null ? (l.events = [t]) : e.push(t);
    }
  }
  function Dr(t) {
    var l = Qt().memoizedState;
    return (
      ey({ ref: l, nextImpl: t }),
      function () {
        if ((Et & 2) !== 0) throw Error(o(440));
        return l.impl.apply(void 0, arguments);
      }
    );
  }
  function Rr(t, l) {
    return In(4, 2, t, l);
  }
  function Ur(t, l) {
    return In(4, 4, t, l);
  }
  function pr(t, l) {
    if (typeof l == 'function') {
      t = t();
      var e = l(t);
      return () => {
        typeof e == 'function' ? e() : l(null);
      };
    }
    if (l != null)
      return (
        (t = t()),
        (l.current = t),
        () => {
          l.current = null;
        }
      );
  }
  function Hr(t, l, e) {
    (e = e != null ? e.concat([t]) : null), In(4, 4, pr.bind(null, l, t), e);
  }
  function ki() {}
  function xr(t, l) {
    var e = Qt();
    l = l === void 0 ? null : l;
    var a = e.memoizedState;
    return l !== null && Qi(l, a[1]) ? a[0] : ((e.memoizedState = [t, l]), t);
  }
  function jr(t, l) {
    var e = Qt();
    l = l === void 0 ? null : l;
    var a = e.memoizedState;
    if (l !== null && Qi(l, a[1])) return a[0];
    if (((a = t()), da)) {
      Ee(!0);
      try {
        t();
      } finally {
        Ee(!1);
      }
    }
    return ((e.memoizedState = [a, l]), a);
  }
  function Pi(t, l, e) {
    return e === void 0 || ((me & 1073741824) !== 0 && (rt & 261930) === 0)
      ? (t.memoizedState = l)
      : ((t.memoizedState = e), (t = Kd()), (ut.lanes |= t), (Ye |= t), e);
  }
  function Br(t, l, e, a) {
    return Tl(e, l)
      ? e
      : pe.current !== null
        ? ((t = Pi(t, e, a)), Tl(t, l) || (Zt = !0), t)
        : (me & 106) === 0 || ((me & 1073741824) !== 0 && (rt & 261930) === 0)
          ? ((Zt = !0), (t.memoizedState = e))
          : ((t = Kd()), (ut.lanes |= t), (Ye |= t), l);
  }
  function qr(t, l, e, a, u) {
    var n = lt.p;
    lt.p = n !== 0 && 8 > n ? n : 8;
    var c = Z.T,
      i = {};
    (i.types = c !== null ? c.types : null), (Z.T = i), ef(t, !1, l, e);
    try {
      var s = u(),
        h = Z.S;
      if ((h !== null && h(i, s), s !== null && typeof s == 'object' && typeof s.then == 'function')) {
        var E = Iv(s, a);
        Yu(t, l, E, Ol(t));
      } else Yu(t, l, a, Ol(t));
    } catch (C) {
      Yu(t, l, { then: () => {}, status: 'rejected', reason: C }, Ol());
    } finally {
      (lt.p = n), c !== null && i.types !== null && (c.types = i.types), (Z.T = c);
    }
  }
  function ay() {}
  function tf(t, l, e, a) {
    if (t.tag !== 5) throw Error(o(476));
    var u = Yr(t).queue;
    qr(t, u, l, ae, e === null ? ay : () => (Gr(t), e(a)));
  }
  function Yr(t) {
    var l = t.memoizedState;
    if (l !== null) return l;
    l = {
      memoizedState: ae,
      baseState: ae,
      baseQueue: null,
      queue: { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: ve, lastRenderedState: ae },
      next: null,
    };
    var e = {};
    return (
      (l.next = {
        memoizedState: e,
        baseState: e,
        baseQueue: null,
        queue: { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: ve, lastRenderedState: e },
        next: null,
      }),
      (t.memoizedState = l),
      (t = t.alternate),
      t !== null && (t.memoizedState = l),
      l
    );
  }
  function Gr(t) {
    var l = Yr(t);
    l.next === null && (l = t.alternate.memoizedState), Yu(t, l.next.queue, {}, Ol());
  }
  function lf() {
    return Pt(fu);
  }
  function Xr() {
    return Qt().memoizedState;
  }
  function Qr() {
    return Qt().memoizedState;
  }
  function uy(t) {
    for (var l = t.return; l !== null; ) {
      switch (l.tag) {
        case 24:
        case 3:
          var e = Ol();
          t = Re(e);
          var a = Ue(l, t, e);
          a !== null && (yl(a, l, e), pu(a, l, e)), (l = { cache: Di() }), (t.payload = l);
          return;
      }
      l = l.return;
    }
  }
  function ny(t, l, e) {
    var a = Ol();
    (e = {
      lane: a,
      revertLane: 0,
      gesture: null,
      action: e,
      hasEagerState: !1,
      eagerState: null,
      next: null,
    }),
      kn(t) ? Vr(l, e) : ((e = Ti(t, l, e, a)), e !== null && (yl(e, t, a), Zr(e, l, a)));
  }
  function Lr(t, l, e) {
    var a = Ol();
    Yu(t, l, e, a);
  }
  function Yu(t, l, e, a) {
    var u = {
      lane: a,
      revertLane: 0,
      gesture: null,
      action: e,
      hasEagerState: !1,
      eagerState: null,
      next: null,
    };
    if (kn(t)) Vr(l, u);
    else {
      var n = t.alternate;
      if (t.lanes === 0 && (n === null || n.lanes === 0) && ((n = l.lastRenderedReducer), n !== null))
        try {
          var c = l.lastRenderedState,
            i = n(c, e);
          if (((u.hasEagerState = !0), (u.eagerState = i), Tl(i, c)))
            return (Dn(t, l, u, 0), Rt === null && Mn(), !1);
        } catch {}
      if (((e = Ti(t, l, u, a)), e !== null)) return (yl(e, t, a), Zr(e, l, a), !0);
    }
    return !1;
  }
  function ef(t, l, e, a) {
    if (
      ((a = {
        lane: 2,
        revertLane: wf(),
        gesture: null,
        action: a,
        hasEagerState: !1,
        eagerState: null,
        next: null,
      }),
      kn(t))
    ) {
      if (l) throw Error(o(479));
    } else (l = Ti(t, e, a, 2)), l !== null && yl(l, t, 2);
  }
  function kn(t) {
    var l = t.alternate;
    return t === ut || (l !== null && l === ut);
  }
  function Vr(t, l) {
    Qa = Kn = !0;
    var e = t.pending;
    e === null ? (l.next = l) : ((l.next = e.next), (e.next = l)), (t.pending = l);
  }
  function Zr(t, l, e) {
    if ((e & 4194048) !== 0) {
      var a = l.lanes;
      (a &= t.pendingLanes), (e |= a), (l.lanes = e), Zs(t, e);
    }
  }
  var Pn = {
      readContext: Pt,
      use: $n,
      useCallback: Gt,
      useContext: Gt,
      useEffect: Gt,
      useImperativeHandle: Gt,
      useLayoutEffect: Gt,
      useInsertionEffect: Gt,
      useMemo: Gt,
      useReducer: Gt,
      useRef: Gt,
      useState: Gt,
      useDebugValue: Gt,
      useDeferredValue: Gt,
      useTransition: Gt,
      useSyncExternalStore: Gt,
      useId: Gt,
      useHostTransitionStatus: Gt,
      useFormState: Gt,
      useActionState: Gt,
      useOptimistic: Gt,
      useMemoCache: Gt,
      useCacheRefresh: Gt,
      useEffectEvent: Gt,
    },
    Kr = {
      readContext: Pt,
      use: $n,
      useCallback: (t, l) => ((il().memoizedState = [t, l === void 0 ? null : l]), t),
      useContext: Pt,
      useEffect: Mr,
      useImperativeHandle: (t, l, e) => {
        (e = e != null ? e.concat([t]) : null), Fn(4194308, 4, pr.bind(null, l, t), e);
      },
      useLayoutEffect: (t, l) => Fn(4194308, 4, t, l),
      useInsertionEffect: (t, l) => {
        Fn(4, 2, t, l);
      },
      useMemo: (t, l) => {
        var e = il();
        l = l === void 0 ? null : l;
        var a = t();
        if (da) {
          Ee(!0);
          try {
            t();
          } finally {
            Ee(!1);
          }
        }
        return ((e.memoizedState = [a, l]), a);
      },
      useReducer: (t, l, e) => {
        var a = il();
        if (e !== void 0) {
          var u = e(l);
          if (da) {
            Ee(!0);
            try {
              e(l);
            } finally {
              Ee(!1);
            }
          }
        } else u = l;
        return (
          (a.memoizedState = a.baseState = u),
          (t = { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: t, lastRenderedState: u }),
          (a.queue = t),
          (t = t.dispatch = ny.bind(null, ut, t)),
          [a.memoizedState, t]
        );
      },
      useRef: (t) => {
        var l = il();
        return ((t = { current: t }), (l.memoizedState = t));
      },
      useState: (t) => {
        t = Wi(t);
        var l = t.queue,
          e = Lr.bind(null, ut, l);
        return ((l.dispatch = e), [t.memoizedState, e]);
      },
      useDebugValue: ki,
      useDeferredValue: (t, l) => {
        var e = il();
        return Pi(e, t, l);
      },
      useTransition: () => {
        var t = Wi(!1);
        return ((t = qr.bind(null, ut, t.queue, !0, !1)), (il().memoizedState = t), [!1, t]);
      },
      useSyncExternalStore: (t, l, e) => {
        var a = ut,
          u = il();
        if (it) {
          if (e === void 0) throw Error(o(407));
          e = e();
        } else {
          if (((e = l()), Rt === null)) throw Error(o(349));
          (rt & 127) !== 0 || dr(a, l, e);
        }
        u.memoizedState = e;
        var n = { value: e, getSnapshot: l };
        return (
          (u.queue = n),
          Mr(vr.bind(null, a, n, t), [t]),
          (a.flags |= 2048),
          Va(9, { destroy: void 0 }, mr.bind(null, a, n, e, l), null),
          e
        );
      },
      useId: () => {
        var t = il(),
          l = Rt.identifierPrefix;
        if (it) {
          var e = wl,
            a = Jl;
          (e = (a & ~(1 << (32 - Sl(a) - 1))).toString(32) + e),
            (l = '_' + l + 'R_' + e),
            (e = Jn++),
            0 < e && (l += 'H' + e.toString(32)),
            (l += '_');
        } else (e = kv++), (l = '_' + l + 'r_' + e.toString(32) + '_');
        return (t.memoizedState = l);
      },
      useHostTransitionStatus: lf,
      useFormState: zr,
      useActionState: zr,
      useOptimistic: (t) => {
        var l = il();
        l.memoizedState = l.baseState = t;
        var e = {
          pending: null,
          lanes: 0,
          dispatch: null,
          lastRenderedReducer: null,
          lastRenderedState: null,
        };
        return ((l.queue = e), (l = ef.bind(null, ut, !0, e)), (e.dispatch = l), [t, l]);
      },
      useMemoCache: Ji,
      useCacheRefresh: () => (il().memoizedState = uy.bind(null, ut)),
      useEffectEvent: (t) => {
        var l = il(),
          e = { impl: t };
        return (
          (l.memoizedState = e),
          function () {
            if ((Et & 2) !== 0) throw Error(o(440));
            return e.impl.apply(void 0, arguments);
          }
        );
      },
    },
    Jr = {
      readContext: Pt,
      use: $n,
      useCallback: xr,
      useContext: Pt,
      useEffect: Ii,
      useImperativeHandle: Hr,
      useInsertionEffect: Rr,
      useLayoutEffect: Ur,
      useMemo: jr,
      useReducer: Wn,
      useRef: Cr,
      useState: () => Wn(ve),
      useDebugValue: ki,
      useDeferredValue: (t, l) => {
        var e = Qt();
        return Br(e, Mt.memoizedState, t, l);
      },
      useTransition: () => {
        var t = Wn(ve)[0],
          l = Qt().memoizedState;
        return [typeof t == 'boolean' ? t : qu(t), l];
      },
      useSyncExternalStore: rr,
      useId: Xr,
      useHostTransitionStatus: lf,
      useFormState: Nr,
      useActionState: Nr,
      useOptimistic: (t, l) => {
        var e = Qt();
        return gr(e, Mt, t, l);
      },
      useMemoCache: Ji,
      useCacheRefresh: Qr,
      useEffectEvent: Dr,
    },
    cy = {
      readContext: Pt,
      use: $n,
      useCallback: xr,
      useContext: Pt,
      useEffect: Ii,
      useImperativeHandle: Hr,
      useInsertionEffect: Rr,
      useLayoutEffect: Ur,
      useMemo: jr,
      useReducer: $i,
      useRef: Cr,
      useState: () => $i(ve),
      useDebugValue: ki,
      useDeferredValue: (t, l) => {
        var e = Qt();
        return Mt === null ? Pi(e, t, l) : Br(e, Mt.memoizedState, t, l);
      },
      useTransition: () => {
        var t = $i(ve)[0],
          l = Qt().memoizedState;
        return [typeof t == 'boolean' ? t : qu(t), l];
      },
      useSyncExternalStore: rr,
      useId: Xr,
      useHostTransitionStatus: lf,
      useFormState: Ar,
      useActionState: Ar,
      useOptimistic: (t, l) => {
        var e = Qt();
        return Mt !== null ? gr(e, Mt, t, l) : ((e.baseState = t), [t, e.queue.dispatch]);
      },
      useMemoCache: Ji,
      useCacheRefresh: Qr,
      useEffectEvent: Dr,
    };
  function af(t, l, e, a) {
    (l = t.memoizedState),
      (e = e(a, l)),
      (e = e == null ? l : X({}, l, e)),
      (t.memoizedState = e),
      t.lanes === 0 && (t.updateQueue.baseState = e);
  }
  var uf = {
    enqueueSetState: (t, l, e) => {
      t = t._reactInternals;
      var a = Ol(),
        u = Re(a);
      (u.payload = l),
        e != null && (u.callback = e),
        (l = Ue(t, u, a)),
        l !== null && (yl(l, t, a), pu(l, t, a));
    },
    enqueueReplaceState: (t, l, e) => {
      t = t._reactInternals;
      var a = Ol(),
        u = Re(a);
      (u.tag = 1),
        (u.payload = l),
        e != null && (u.callback = e),
        (l = Ue(t, u, a)),
        l !== null && (yl(l, t, a), pu(l, t, a));
    },
    enqueueForceUpdate: (t, l) => {
      t = t._reactInternals;
      var e = Ol(),
        a = Re(e);
      (a.tag = 2), l != null && (a.callback = l), (l = Ue(t, a, e)), l !== null && (yl(l, t, e), pu(l, t, e));
    },
  };
  function wr(t, l, e, a, u, n, c) {
    return (
      (t = t.stateNode),
      typeof t.shouldComponentUpdate == 'function'
        ? t.shouldComponentUpdate(a, n, c)
        : l.prototype && l.prototype.isPureReactComponent
          ? !Nu(e, a) || !Nu(u, n)
          : !0
    );
  }
  function $r(t, l, e, a) {
    (t = l.state),
      typeof l.componentWillReceiveProps == 'function' && l.componentWillReceiveProps(e, a),
      typeof l.UNSAFE_componentWillReceiveProps == 'function' && l.UNSAFE_componentWillReceiveProps(e, a),
      l.state !== t && uf.enqueueReplaceState(l, l.state, null);
  }
  function ma(t, l) {
    var e = l;
    if ('ref' in l) {
      e = {};
      for (var a in l) a !== 'ref' && (e[a] = l[a]);
    }
    if ((t = t.defaultProps)) {
      e === l && (e = X({}, e));
      for (var u in t) e[u] === void 0 && (e[u] = t[u]);
    }
    return e;
  }
  function Wr(t) {
    Cn(t);
  }
  function Fr(t) {
    console.error(t);
  }
  function Ir(t) {
    Cn(t);
  }
  function tc(t, l) {
    try {
      var e = t.onUncaughtError;
      e(l.value, { componentStack: l.stack });
    } catch (a) {
      setTimeout(() => {
        throw a;
      });
    }
  }
  function kr(t, l, e) {
    try {
      var a = t.onCaughtError;
      a(e.value, { componentStack: e.stack, errorBoundary: l.tag === 1 ? l.stateNode : null });
    } catch (u) {
      setTimeout(() => {
        throw u;
      });
    }
  }
  function nf(t, l, e) {
    return (
      (e = Re(e)),
      (e.tag = 3),
      (e.payload = { element: null }),
      (e.callback = () => {
        tc(t, l);
      }),
      e
    );
  }
  function Pr(t) {
    return ((t = Re(t)), (t.tag = 3), t);
  }
  function td(t, l, e, a) {
    var u = e.type.getDerivedStateFromError;
    if (typeof u == 'function') {
      var n = a.value;
      (t.payload = () => u(n)),
        (t.callback = () => {
          kr(l, e, a);
        });
    }
    var c = e.stateNode;
    c !== null &&
      typeof c.componentDidCatch == 'function' &&
      (t.callback = function () {
        kr(l, e, a), typeof u != 'function' && (Ge === null ? (Ge = new Set([this])) : Ge.add(this));
        var i = a.stack;
        this.componentDidCatch(a.value, { componentStack: i !== null ? i : '' });
      });
  }
  function iy(t, l, e, a, u) {
    if (((e.flags |= 32768), a !== null && typeof a == 'object' && typeof a.then == 'function')) {
      if (((l = e.alternate), l !== null && na(l, e, u, !0), (e = tl.current), e !== null)) {
        switch (e.tag) {
          case 31:
          case 13:
          case 19:
            return (
              nl === null ? Ec() : e.alternate === null && Xt === 0 && (Xt = 3),
              (e.flags &= -257),
              (e.flags |= 65536),
              (e.lanes = u),
              a === Xn
                ? (e.flags |= 16384)
                : ((l = e.updateQueue), l === null ? (e.updateQueue = new Set([a])) : l.add(a), Zf(t, a, u)),
              !1
            );
          case 22:
            return (
              (e.flags |= 65536),
              a === Xn
                ? (e.flags |= 16384)
                : ((l = e.updateQueue),
                  l === null
                    ? ((l = { transitions: null, markerInstances: null, retryQueue: new Set([a]) }),
                      (e.updateQueue = l))
                    : ((e = l.retryQueue), e === null ? (l.retryQueue = new Set([a])) : e.add(a)),
                  Zf(t, a, u)),
              !1
            );
        }
        throw Error(o(435, e.tag));
      }
      return (Zf(t, a, u), Ec(), !1);
    }
    if (it)
      return (
        (l = tl.current),
        l !== null
          ? ((l.flags & 65536) === 0 && (l.flags |= 256),
            (l.flags |= 65536),
            (l.lanes = u),
            a !== Oi && ((t = Error(o(422), { cause: a })), Cu(Dl(t, e))))
          : (a !== Oi && ((l = Error(o(423), { cause: a })), Cu(Dl(l, e))),
            (t = t.current.alternate),
            (t.flags |= 65536),
            (u &= -u),
            (t.lanes |= u),
            (a = Dl(a, e)),
            (u = nf(t.stateNode, a, u)),
            ji(t, u),
            Xt !== 4 && (Xt = 2)),
        !1
      );
    var n = Error(o(520), { cause: a });
    if (((n = Dl(n, e)), Ju === null ? (Ju = [n]) : Ju.push(n), Xt !== 4 && (Xt = 2), l === null)) return !0;
    (a = Dl(a, e)), (e = l);
    do {
      switch (e.tag) {
        case 3:
          return (
            (e.flags |= 65536), (t = u & -u), (e.lanes |= t), (t = nf(e.stateNode, a, t)), ji(e, t), !1
          );
        case 1:
          if (
            ((l = e.type),
            (n = e.stateNode),
            (e.flags & 128) === 0 &&
              (typeof l.getDerivedStateFromError == 'function' ||
                (n !== null && typeof n.componentDidCatch == 'function' && (Ge === null || !Ge.has(n)))))
          )
            return ((e.flags |= 65536), (u &= -u), (e.lanes |= u), (u = Pr(u)), td(u, t, e, a), ji(e, u), !1);
          break;
        case 22:
          if (e.memoizedState !== null) return ((e.flags |= 65536), !1);
      }
      e = e.return;
    } while (e !== null);
    return !1;
  }
  var cf = Error(o(461)),
    Zt = !1;
  function Jt(t, l, e, a) {
    l.child = t === null ? ur(l, null, e, a) : ra(l, t.child, e, a);
  }
  function ld(t, l, e, a, u) {
    e = e.render;
    var n = l.ref;
    if ('ref' in a) {
      var c = {};
      for (var i in a) i !== 'ref' && (c[i] = a[i]);
    } else c = a;
    return (
      ca(l),
      (a = Li(t, l, e, c, n, u)),
      (i = Vi()),
      t !== null && !Zt
        ? (Zi(t, l, u), ye(t, l, u))
        : (it && i && Hn(l), (l.flags |= 1), Jt(t, l, a, u), l.child)
    );
  }
  function ed(t, l, e, a, u) {
    if (t === null) {
      var n = e.type;
      return typeof n == 'function' && !Ei(n) && n.defaultProps === void 0 && e.compare === null
        ? ((l.tag = 15), (l.type = n), ad(t, l, n, a, u))
        : ((t = Un(e.type, null, a, l, l.mode, u)), (t.ref = l.ref), (t.return = l), (l.child = t));
    }
    if (((n = t.child), !yf(t, u))) {
      var c = n.memoizedProps;
      if (((e = e.compare), (e = e !== null ? e : Nu), e(c, a) && t.ref === l.ref)) return ye(t, l, u);
    }
    return ((l.flags |= 1), (t = se(n, a)), (t.ref = l.ref), (t.return = l), (l.child = t));
  }
  function ad(t, l, e, a, u) {
    if (t !== null) {
      var n = t.memoizedProps;
      if (Nu(n, a) && t.ref === l.ref)
        if (((Zt = !1), (l.pendingProps = a = n), yf(t, u))) (t.flags & 131072) !== 0 && (Zt = !0);
        else return ((l.lanes = t.lanes), ye(t, l, u));
    }
    return ff(t, l, e, a, u);
  }
  function ud(t, l, e, a) {
    var u = a.children,
      n = t !== null ? t.memoizedState : null;
    if (
      (t === null &&
        l.stateNode === null &&
        (l.stateNode = { _visibility: 1, _pendingMarkers: null, _retryCache: null, _transitions: null }),
      a.mode === 'hidden')
    ) {
      if ((l.flags & 128) !== 0) {
        if (((n = n !== null ? n.baseLanes | e : e), t !== null)) {
          for (a = l.child = t.child, u = 0; a !== null; ) (u = u | a.lanes | a.childLanes), (a = a.sibling);
          a = u & ~n;
        } else (a = 0), (l.child = null);
        return nd(t, l, n, e, a);
      }
      if ((e & 536870912) !== 0)
        (l.memoizedState = { baseLanes: 0, cachePool: null }),
          t !== null && Yn(l, n !== null ? n.cachePool : null),
          n !== null ? ir(l, n) : qi(),
          fr(l);
      else return ((a = l.lanes = 536870912), nd(t, l, n !== null ? n.baseLanes | e : e, e, a));
    } else
      n !== null
        ? (Yn(l, n.cachePool), ir(l, n), xe(), (l.memoizedState = null))
        : (t !== null && Yn(l, null), qi(), xe());
    return (Jt(t, l, u, e), l.child);
  }
  function Gu(t, l) {
    return (
      (t !== null && t.tag === 22) ||
        l.stateNode !== null ||
        (l.stateNode = { _visibility: 1, _pendingMarkers: null, _retryCache: null, _transitions: null }),
      l.sibling
    );
  }
  function nd(t, l, e, a, u) {
    var n = Ui();
    return (
      (n = n === null ? null : { parent: Lt._currentValue, pool: n }),
      (l.memoizedState = { baseLanes: e, cachePool: n }),
      t !== null && Yn(l, null),
      qi(),
      fr(l),
      t !== null && na(t, l, a, !0),
      (l.childLanes = u),
      null
    );
  }
  function lc(t, l) {
    return (
      (l = ec({ mode: l.mode, children: l.children }, t.mode)),
      (l.ref = t.ref),
      (t.child = l),
      (l.return = t),
      l
    );
  }
  function cd(t, l, e) {
    return (
      ra(l, t.child, null, e), (t = lc(l, l.pendingProps)), (t.flags |= 2), El(l), (l.memoizedState = null), t
    );
  }
  function fy(t, l, e) {
    var a = l.pendingProps,
      u = (l.flags & 128) !== 0;
    if (((l.flags &= -129), t === null)) {
      if (it) {
        if (a.mode === 'hidden')
          return (
            (t = lc(l, a)),
            (l.lanes = 536870912),
            (t.memoizedState = { baseLanes: 0, cachePool: null }),
            Gu(null, t)
          );
        if (
          (Gi(l),
          (t = Ht)
            ? ((t = p0(t, pl)),
              (t = t !== null && t.data === '&' ? t : null),
              t !== null &&
                ((l.memoizedState = {
                  dehydrated: t,
                  treeContext: Ne !== null ? { id: Jl, overflow: wl } : null,
                  retryLane: 536870912,
                  hydrationErrors: null,
                }),
                (e = Vo(t)),
                (e.return = l),
                (l.child = e),
                ($t = l),
                (Ht = null)))
            : (t = null),
          t === null)
        )
          throw Ae(l);
        return ((l.lanes = 536870912), null);
      }
      return lc(l, a);
    }
    var n = t.memoizedState;
    if (n !== null) {
      var c = n.dehydrated;
      if ((Gi(l), u))
        if (l.flags & 256) (l.flags &= -257), (l = cd(t, l, e));
        else if (l.memoizedState !== null) (l.child = t.child), (l.flags |= 128), (l = null);
        else throw Error(o(558));
      else if ((Zt || na(t, l, e, !1), (u = (e & t.childLanes) !== 0), Zt || u)) {
        if (pe.current === null) {
          if (((a = Rt), a !== null && ((c = Ks(a, e)), c !== 0 && c !== n.retryLane)))
            throw ((n.retryLane = c), la(t, c), yl(a, t, c), cf);
          Ec();
        }
        l = cd(t, l, e);
      } else
        (t = n.treeContext),
          (Ht = xl(c.nextSibling)),
          ($t = l),
          (it = !0),
          (Oe = null),
          (pl = !1),
          t !== null && Jo(l, t),
          (l = lc(l, a)),
          (l.flags |= 134221824);
      return l;
    }
    return (
      (t = se(t.child, { mode: a.mode, children: a.children })),
      (t.ref = l.ref),
      (l.child = t),
      (t.return = l),
      t
    );
  }
  function Za(t, l) {
    var e = l.ref;
    if (e === null) t !== null && t.ref !== null && (l.flags |= 4194816);
    else {
      if (typeof e != 'function' && typeof e != 'object') throw Error(o(284));
      (t === null || t.ref !== e) && (l.flags |= 4194816);
    }
  }
  function ff(t, l, e, a, u) {
    return (
      ca(l),
      (e = Li(t, l, e, a, void 0, u)),
      (a = Vi()),
      t !== null && !Zt
        ? (Zi(t, l, u), ye(t, l, u))
        : (it && a && Hn(l), (l.flags |= 1), Jt(t, l, e, u), l.child)
    );
  }
  function id(t, l, e, a, u, n) {
    return (
      ca(l),
      (l.updateQueue = null),
      (e = or(l, a, e, u)),
      sr(t),
      (a = Vi()),
      t !== null && !Zt
        ? (Zi(t, l, n), ye(t, l, n))
        : (it && a && Hn(l), (l.flags |= 1), Jt(t, l, e, n), l.child)
    );
  }
  function fd(t, l, e, a, u) {
    if ((ca(l), l.stateNode === null)) {
      var n = xa,
        c = e.contextType;
      typeof c == 'object' && c !== null && (n = Pt(c)),
        (n = new e(a, n)),
        (l.memoizedState = n.state !== null && n.state !== void 0 ? n.state : null),
        (n.updater = uf),
        (l.stateNode = n),
        (n._reactInternals = l),
        (n = l.stateNode),
        (n.props = a),
        (n.state = l.memoizedState),
        (n.refs = {}),
        Hi(l),
        (c = e.contextType),
        (n.context = typeof c == 'object' && c !== null ? Pt(c) : xa),
        (n.state = l.memoizedState),
        (c = e.getDerivedStateFromProps),
        typeof c == 'function' && (af(l, e, c, a), (n.state = l.memoizedState)),
        typeof e.getDerivedStateFromProps == 'function' ||
          typeof n.getSnapshotBeforeUpdate == 'function' ||
          (typeof n.UNSAFE_componentWillMount != 'function' && typeof n.componentWillMount != 'function') ||
          ((c = n.state),
          typeof n.componentWillMount == 'function' && n.componentWillMount(),
          typeof n.UNSAFE_componentWillMount == 'function' && n.UNSAFE_componentWillMount(),
          c !== n.state && uf.enqueueReplaceState(n, n.state, null),
          xu(l, a, n, u),
          Hu(),
          (n.state = l.memoizedState)),
        typeof n.componentDidMount == 'function' && (l.flags |= 4194308),
        (a = !0);
    } else if (t === null) {
      n = l.stateNode;
      var i = l.memoizedProps,
        s = ma(e, i);
      n.props = s;
      var h = n.context,
        E = e.contextType;
      (c = xa), typeof E == 'object' && E !== null && (c = Pt(E));
      var C = e.getDerivedStateFromProps;
      (E = typeof C == 'function' || typeof n.getSnapshotBeforeUpdate == 'function'),
        (i = l.pendingProps !== i),
        E ||
          (typeof n.UNSAFE_componentWillReceiveProps != 'function' &&
            typeof n.componentWillReceiveProps != 'function') ||
          ((i || h !== c) && $r(l, n, a, c)),
        (De = !1);
      var m = l.memoizedState;
      (n.state = m),
        xu(l, a, n, u),
        Hu(),
        (h = l.memoizedState),
        i || m !== h || De
          ? (typeof C == 'function' && (af(l, e, C, a), (h = l.memoizedState)),
            (s = De || wr(l, e, s, a, m, h, c))
              ? (E ||
                  (typeof n.UNSAFE_componentWillMount != 'function' &&
                    typeof n.componentWillMount != 'function') ||
                  (typeof n.componentWillMount == 'function' && n.componentWillMount(),
                  typeof n.UNSAFE_componentWillMount == 'function' && n.UNSAFE_componentWillMount()),
                typeof n.componentDidMount == 'function' && (l.flags |= 4194308))
              : (typeof n.componentDidMount == 'function' && (l.flags |= 4194308),
                (l.memoizedProps = a),
                (l.memoizedState = h)),
            (n.props = a),
            (n.state = h),
            (n.context = c),
            (a = s))
          : (typeof n.componentDidMount == 'function' && (l.flags |= 4194308), (a = !1));
    } else {
      (n = l.stateNode),
        xi(t, l),
        (c = l.memoizedProps),
        (E = ma(e, c)),
        (n.props = E),
        (C = l.pendingProps),
        (m = n.context),
        (h = e.contextType),
        (s = xa),
        typeof h == 'object' && h !== null && (s = Pt(h)),
        (i = e.getDerivedStateFromProps),
        (h = typeof i == 'function' || typeof n.getSnapshotBeforeUpdate == 'function') ||
          (typeof n.UNSAFE_componentWillReceiveProps != 'function' &&
            typeof n.componentWillReceiveProps != 'function') ||
          ((c !== C || m !== s) && $r(l, n, a, s)),
        (De = !1),
        (m = l.memoizedState),
        (n.state = m),
        xu(l, a, n, u),
        Hu();
      var T = l.memoizedState;
      c !== C || m !== T || De || (t !== null && t.dependencies !== null && Bn(t.dependencies))
        ? (typeof i == 'function' && (af(l, e, i, a), (T = l.memoizedState)),
          (E = De || wr(l, e, E, a, m, T, s) || (t !== null && t.dependencies !== null && Bn(t.dependencies)))
            ? (h ||
                (typeof n.UNSAFE_componentWillUpdate != 'function' &&
                  typeof n.componentWillUpdate != 'function') ||
                (typeof n.componentWillUpdate == 'function' && n.componentWillUpdate(a, T, s),
                typeof n.UNSAFE_componentWillUpdate == 'function' && n.UNSAFE_componentWillUpdate(a, T, s)),
              typeof n.componentDidUpdate == 'function' && (l.flags |= 4),
              typeof n.getSnapshotBeforeUpdate == 'function' && (l.flags |= 1024))
            : (typeof n.componentDidUpdate != 'function' ||
                (c === t.memoizedProps && m === t.memoizedState) ||
                (l.flags |= 4),
              typeof n.getSnapshotBeforeUpdate != 'function' ||
                (c === t.memoizedProps && m === t.memoizedState) ||
                (l.flags |= 1024),
              (l.memoizedProps = a),
              (l.memoizedState = T)),
          (n.props = a),
          (n.state = T),
          (n.context = s),
          (a = E))
        : (typeof n.componentDidUpdate != 'function' ||
            (c === t.memoizedProps && m === t.memoizedState) ||
            (l.flags |= 4),
          typeof n.getSnapshotBeforeUpdate != 'function' ||
            (c === t.memoizedProps && m === t.memoizedState) ||
            (l.flags |= 1024),
          (a = !1));
    }
    return (
      (n = a),
      Za(t, l),
      (a = (l.flags & 128) !== 0),
      n || a
        ? ((n = l.stateNode),
          (e = a && typeof e.getDerivedStateFromError != 'function' ? null : n.render()),
          (l.flags |= 1),
          t !== null && a
            ? ((l.child = ra(l, t.child, null, u)), (l.child = ra(l, null, e, u)))
            : Jt(t, l, e, u),
          (l.memoizedState = n.state),
          (t = l.child))
        : (t = ye(t, l, u)),
      t
    );
  }
  function sd(t, l, e, a) {
    return (aa(), (l.flags |= 256), Jt(t, l, e, a), l.child);
  }
  var sf = { dehydrated: null, treeContext: null, retryLane: 0, hydrationErrors: null };
  function of(t) {
    return { baseLanes: t, cachePool: ko() };
  }
  function rf(t, l, e) {
    return ((t = t !== null ? t.childLanes & ~e : 0), l && (t |= Nl), t);
  }
  function od(t, l, e) {
    var a = l.pendingProps,
      u = !1,
      n = (l.flags & 128) !== 0,
      c;
    if (
      ((c = n) || (c = t !== null && t.memoizedState === null ? !1 : (ll.current & 2) !== 0),
      c && ((u = !0), (l.flags &= -129)),
      (c = (l.flags & 32) !== 0),
      (l.flags &= -33),
      t === null)
    ) {
      if (it) {
        if (
          (u ? He(l) : xe(),
          (t = Ht)
            ? ((t = p0(t, pl)),
              (t = t !== null && t.data !== '&' ? t : null),
              t !== null &&
                ((l.memoizedState = {
                  dehydrated: t,
                  treeContext: Ne !== null ? { id: Jl, overflow: wl } : null,
                  retryLane: 536870912,
                  hydrationErrors: null,
                }),
                (e = Vo(t)),
                (e.return = l),
                (l.child = e),
                ($t = l),
                (Ht = null)))
            : (t = null),
          t === null)
        )
          throw Ae(l);
        return (os(t) ? (l.lanes = 32) : (l.lanes = 536870912), null);
      }
      return (
        (n = a.children),
        (a = a.fallback),
        u
          ? (xe(),
            (u = l.mode),
            (n = ec({ mode: 'hidden', children: n }, u)),
            (a = ea(a, u, e, null)),
            (n.return = l),
            (a.return = l),
            (n.sibling = a),
            (l.child = n),
            (a = l.child),
            (a.memoizedState = of(e)),
            (a.childLanes = rf(t, c, e)),
            (l.memoizedState = sf),
            Gu(null, a))
          : (He(l), df(l, n))
      );
    }
    var i = t.memoizedState;
    if (i !== null) {
      var s = i.dehydrated;
      if (s !== null) return sy(t, l, n, c, a, s, i, e);
    }
    return u
      ? (xe(),
        (u = a.fallback),
        (n = l.mode),
        (i = t.child),
        (s = i.sibling),
        (a = se(i, { mode: 'hidden', children: a.children })),
        (a.subtreeFlags = i.subtreeFlags & 1206910976),
        s !== null ? (u = se(s, u)) : ((u = ea(u, n, e, null)), (u.flags |= 2)),
        (u.return = l),
        (a.return = l),
        (a.sibling = u),
        (l.child = a),
        Gu(null, a),
        (a = l.child),
        (u = t.child.memoizedState),
        u === null
          ? (u = of(e))
          : ((n = u.cachePool),
            n !== null
              ? ((i = Lt._currentValue), (n = n.parent !== i ? { parent: i, pool: i } : n))
              : (n = ko()),
            (u = { baseLanes: u.baseLanes | e, cachePool: n })),
        (a.memoizedState = u),
        (a.childLanes = rf(t, c, e)),
        (l.memoizedState = sf),
        Gu(t.child, a))
      : (He(l),
        (e = t.child),
        (t = e.sibling),
        (e = se(e, { mode: 'visible', children: a.children })),
        (e.return = l),
        (e.sibling = null),
        t !== null && ((c = l.deletions), c === null ? ((l.deletions = [t]), (l.flags |= 16)) : c.push(t)),
        (l.child = e),
        (l.memoizedState = null),
        e);
  }
  function df(t, l) {
    return ((l = ec({ mode: 'visible', children: l }, t.mode)), (l.return = t), (t.child = l));
  }
  function ec(t, l) {
    return ((t = rl(22, t, null, l)), (t.lanes = 0), t);
  }
  function ac(t, l, e) {
    return (
      ra(l, t.child, null, e),
      (t = df(l, l.pendingProps.children)),
      (t.flags |= 2),
      (l.memoizedState = null),
      t
    );
  }
  function sy(t, l, e, a, u, n, c, i) {
    if (e)
      return l.flags & 256
        ? (He(l), (l.flags &= -257), ac(t, l, i))
        : l.memoizedState !== null
          ? (xe(), (l.child = t.child), (l.flags |= 128), null)
          : (xe(),
            (n = u.fallback),
            (c = l.mode),
            (u = ec({ mode: 'visible', children: u.children }, c)),
            (n = ea(n, c, i, null)),
            (n.flags |= 2),
            (u.return = l),
            (n.return = l),
            (u.sibling = n),
            (l.child = u),
            ra(l, t.child, null, i),
            (u = l.child),
            (u.memoizedState = of(i)),
            (u.childLanes = rf(t, a, i)),
            (l.memoizedState = sf),
            Gu(null, u));
    if ((He(l), os(n))) {
      if (((a = n.nextSibling && n.nextSibling.dataset), a)) var s = a.dgst;
      return (
        (a = s),
        a !== '' &&
          ((u = Error(o(419))), (u.stack = ''), (u.digest = a), Cu({ value: u, source: null, stack: null })),
        ac(t, l, i)
      );
    }
    if ((Zt || na(t, l, i, !1), (a = (i & t.childLanes) !== 0), Zt || a)) {
      if (pe.current !== null) return ac(t, l, i);
      if (((a = Rt), a !== null && ((u = Ks(a, i)), u !== 0 && u !== c.retryLane)))
        throw ((c.retryLane = u), la(t, u), yl(a, t, u), cf);
      return (ss(n) || Ec(), ac(t, l, i));
    }
    return ss(n)
      ? ((l.flags |= 192), (l.child = t.child), null)
      : ((t = c.treeContext),
        (Ht = xl(n.nextSibling)),
        ($t = l),
        (it = !0),
        (Oe = null),
        (pl = !1),
        t !== null && Jo(l, t),
        (l = df(l, u.children)),
        (l.flags |= 134221824),
        l);
  }
  function rd(t, l, e) {
    t.lanes |= l;
    var a = t.alternate;
    a !== null && (a.lanes |= l), jn(t.return, l, e);
  }
  function dd(t) {
    for (var l = null; t !== null; ) {
      var e = t.alternate;
      e !== null && Zn(e) === null && (l = t), (t = t.sibling);
    }
    return l;
  }
  function uc(t, l, e, a, u, n) {
    var c = t.memoizedState;
    c === null
      ? (t.memoizedState = {
          isBackwards: l,
          rendering: null,
          renderingStartTime: 0,
          last: a,
          tail: e,
          tailMode: u,
          treeForkCount: n,
        })
      : ((c.isBackwards = l),
        (c.rendering = null),
        (c.renderingStartTime = 0),
        (c.last = a),
        (c.tail = e),
        (c.tailMode = u),
        (c.treeForkCount = n));
  }
  function mf(t) {
    var l = t.child;
    for (t.child = null; l !== null; ) {
      var e = l.sibling;
      (l.sibling = t.child), (t.child = l), (l = e);
    }
  }
  function vf(t, l, e) {
    var a = l.pendingProps,
      u = a.revealOrder,
      n = a.tail;
    a = a.children;
    var c = ll.current;
    if (l.flags & 128) return (ju(l, c), null);
    var i = (c & 2) !== 0;
    if (
      (i ? ((c = (c & 1) | 2), (l.flags |= 128)) : (c &= 1),
      ju(l, c),
      u === 'backwards' && t !== null ? (mf(t), Jt(t, l, a, e), mf(t)) : Jt(t, l, a, e),
      (a = it ? Au : 0),
      !i && t !== null && (t.flags & 128) !== 0)
    )
      t: for (t = l.child; t !== null; ) {
        if (t.tag === 13) t.memoizedState !== null && rd(t, e, l);
        else if (t.tag === 19) rd(t, e, l);
        else if (t.child !== null) {
          (t.child.return = t), (t = t.child);
          continue;
        }
        if (t === l) break;
        for (; t.sibling === null; ) {
          if (t.return === null || t.return === l) break t;
          t = t.return;
        }
        (t.sibling.return = t.return), (t = t.sibling);
      }
    switch (u) {
      case 'backwards':
        (e = dd(l.child)),
          e === null ? ((u = l.child), (l.child = null)) : ((u = e.sibling), (e.sibling = null), mf(l)),
          uc(l, !0, u, null, n, a);
        break;
      case 'unstable_legacy-backwards':
        for (e = null, u = l.child, l.child = null; u !== null; ) {
          if (((t = u.alternate), t !== null && Zn(t) === null)) {
            l.child = u;
            break;
          }
          (t = u.sibling), (u.sibling = e), (e = u), (u = t);
        }
        uc(l, !0, e, null, n, a);
        break;
      case 'together':
        uc(l, !1, null, null, void 0, a);
        break;
      case 'independent':
        l.memoizedState = null;
        break;
      default:
        (e = dd(l.child)),
          e === null ? ((u = l.child), (l.child = null)) : ((u = e.sibling), (e.sibling = null)),
          uc(l, !1, u, e, n, a);
    }
    return l.child;
  }
  function md(t, l, e) {
    var a = l.pendingProps;
    return (Ce(l, l.type, a.value), Jt(t, l, a.children, e), l.child);
  }
  function ye(t, l, e) {
    if ((t !== null && (l.dependencies = t.dependencies), (Ye |= l.lanes), (e & l.childLanes) === 0))
      if (t !== null) {
        if ((na(t, l, e, !1), (e & l.childLanes) === 0)) return null;
      } else return null;
    if (t !== null && l.child !== t.child) throw Error(o(153));
    if (l.child !== null) {
      for (t = l.child, e = se(t, t.pendingProps), l.child = e, e.return = l; t.sibling !== null; )
        (t = t.sibling), (e = e.sibling = se(t, t.pendingProps)), (e.return = l);
      e.sibling = null;
    }
    return l.child;
  }
  function yf(t, l) {
    return (t.lanes & l) !== 0 ? !0 : ((t = t.dependencies), !!(t !== null && Bn(t)));
  }
  function oy(t, l, e) {
    switch (l.tag) {
      case 3:
        sn(l, l.stateNode.containerInfo), Ce(l, Lt, t.memoizedState.cache), aa();
        break;
      case 27:
      case 5:
        Qc(l);
        break;
      case 4:
        sn(l, l.stateNode.containerInfo);
        break;
      case 10:
        Ce(l, l.type, l.memoizedProps.value);
        break;
      case 31:
        if (l.memoizedState !== null) return ((l.flags |= 128), Gi(l), null);
        break;
      case 13:
        var a = l.memoizedState;
        if (a !== null) {
          if (a.dehydrated !== null) return (He(l), (l.flags |= 128), null);
          a = na(t, l, e, !1);
          var u = l.child.childLanes;
          return a || (e & u) !== 0 ? od(t, l, e) : (He(l), (t = ye(t, l, e)), t !== null ? t.sibling : null);
        }
        He(l);
        break;
      case 19:
        if (l.flags & 128) return vf(t, l, e);
        if (
          ((u = (t.flags & 128) !== 0),
          (a = (e & l.childLanes) !== 0),
          a || (na(t, l, e, !1), (a = (e & l.childLanes) !== 0)),
          u)
        ) {
          if (a) return vf(t, l, e);
          l.flags |= 128;
        }
        if (
          ((u = l.memoizedState),
          u !== null && ((u.rendering = null), (u.tail = null), (u.lastEffect = null)),
          ju(l, ll.current),
          a)
        )
          break;
        return null;
      case 22:
        return ((l.lanes = 0), ud(t, l, e, l.pendingProps));
      case 24:
        Ce(l, Lt, t.memoizedState.cache);
    }
    return ye(t, l, e);
  }
  function vd(t, l, e) {
    if (t !== null)
      if (t.memoizedProps !== l.pendingProps) Zt = !0;
      else {
        if (!yf(t, e) && (l.flags & 128) === 0) return ((Zt = !1), oy(t, l, e));
        Zt = (t.flags & 131072) !== 0;
      }
    else (Zt = !1), it && (l.flags & 1048576) !== 0 && Ko(l, Au, l.index);
    switch (((l.lanes = 0), l.tag)) {
      case 16:
        t: {
          var a = l.pendingProps;
          if (((t = sa(l.elementType)), (l.type = t), typeof t == 'function'))
            Ei(t)
              ? ((a = ma(t, a)), (l.tag = 1), (l = fd(null, l, t, a, e)))
              : ((l.tag = 0), (l = ff(null, l, t, a, e)));
          else {
            if (t != null) {
              var u = t.$$typeof;
              if (u === q) {
                (l.tag = 11), (l = ld(null, l, t, a, e));
                break t;
              } else if (u === Dt) {
                (l.tag = 14), (l = ed(null, l, t, a, e));
                break t;
              } else if (u === ft) {
                (l.tag = 10), (l.type = t), (l = md(null, l, e));
                break t;
              }
            }
            throw ((l = St(t) || t), Error(o(306, l, '')));
          }
        }
        return l;
      case 0:
        return ff(t, l, l.type, l.pendingProps, e);
      case 1:
        return ((a = l.type), (u = ma(a, l.pendingProps)), fd(t, l, a, u, e));
      case 3:
        t: {
          if ((sn(l, l.stateNode.containerInfo), t === null)) throw Error(o(387));
          a = l.pendingProps;
          var n = l.memoizedState;
          (u = n.element), xi(t, l), xu(l, a, null, e);
          var c = l.memoizedState;
          if (
            ((a = c.cache),
            Ce(l, Lt, a),
            a !== n.cache && Mi(l, [Lt], e, !0),
            Hu(),
            (a = c.element),
            n.isDehydrated)
          )
            if (
              ((n = { element: a, isDehydrated: !1, cache: c.cache }),
              (l.updateQueue.baseState = n),
              (l.memoizedState = n),
              l.flags & 256)
            ) {
              l = sd(t, l, a, e);
              break t;
            } else if (a !== u) {
              (u = Dl(Error(o(424)), l)), Cu(u), (l = sd(t, l, a, e));
              break t;
            } else
              for (
                t = l.stateNode.containerInfo,
                  t.nodeType === 9 ? (t = t.body) : (t = t.nodeName === 'HTML' ? t.ownerDocument.body : t),
                  Ht = xl(t.firstChild),
                  $t = l,
                  it = !0,
                  Oe = null,
                  pl = !0,
                  e = ur(l, null, a, e),
                  l.child = e;
                e;
              )
                (e.flags = (e.flags & -3) | 134221824), (e = e.sibling);
          else {
            if ((aa(), a === u)) {
              l = ye(t, l, e);
              break t;
            }
            Jt(t, l, a, e);
          }
          l = l.child;
        }
        return l;
      case 26:
        return (
          Za(t, l),
          t === null
            ? (e = G0(l.type, null, l.pendingProps, null))
              ? (l.memoizedState = e)
              : it || (l.stateNode = S0(l.type, l.pendingProps, be.current, l))
            : (l.memoizedState = G0(l.type, t.memoizedProps, l.pendingProps, t.memoizedState)),
          null
        );
      case 27:
        return (
          Qc(l),
          t === null &&
            it &&
            ((a = l.stateNode = j0(l.type, l.pendingProps, be.current)),
            ($t = l),
            (pl = !0),
            (u = Ht),
            Le(l.type) ? ((rs = u), (Ht = xl(a.firstChild))) : (Ht = u)),
          Jt(t, l, l.pendingProps.children, e),
          Za(t, l),
          t === null && (l.flags |= 4194304),
          l.child
        );
      case 5:
        return (
          t === null &&
            it &&
            ((u = a = Ht) &&
              ((a = uh(a, l.type, l.pendingProps, pl)),
              a !== null
                ? ((l.stateNode = a), ($t = l), (Ht = xl(a.firstChild)), (pl = !1), (u = !0))
                : (u = !1)),
            u || Ae(l)),
          Qc(l),
          (u = l.type),
          (n = l.pendingProps),
          (c = t !== null ? t.memoizedProps : null),
          (a = n.children),
          es(u, n) ? (a = null) : c !== null && es(u, c) && (l.flags |= 32),
          l.memoizedState !== null && ((u = Li(t, l, Pv, null, null, e)), (fu._currentValue = u)),
          Za(t, l),
          Jt(t, l, a, e),
          l.child
        );
      case 6:
        return (
          t === null &&
            it &&
            ((t = e = Ht) &&
              ((e = nh(e, l.pendingProps, pl)),
              e !== null ? ((l.stateNode = e), ($t = l), (Ht = null), (t = !0)) : (t = !1)),
            t || Ae(l)),
          null
        );
      case 13:
        return od(t, l, e);
      case 4:
        return (
          sn(l, l.stateNode.containerInfo),
          (a = l.pendingProps),
          t === null ? (l.child = ra(l, null, a, e)) : Jt(t, l, a, e),
          l.child
        );
      case 11:
        return ld(t, l, l.type, l.pendingProps, e);
      case 7:
        return ((a = l.pendingProps), Za(t, l), Jt(t, l, a, e), l.child);
      case 8:
        return (Jt(t, l, l.pendingProps.children, e), l.child);
      case 12:
        return (Jt(t, l, l.pendingProps.children, e), l.child);
      case 10:
        return md(t, l, e);
      case 9:
        return (
          (u = l.type._context),
          (a = l.pendingProps.children),
          ca(l),
          (u = Pt(u)),
          (a = a(u)),
          (l.flags |= 1),
          Jt(t, l, a, e),
          l.child
        );
      case 14:
        return ed(t, l, l.type, l.pendingProps, e);
      case 15:
        return ad(t, l, l.type, l.pendingProps, e);
      case 19:
        return vf(t, l, e);
      case 31:
        return fy(t, l, e);
      case 22:
        return ud(t, l, e, l.pendingProps);
      case 24:
        return (
          ca(l),
          (a = Pt(Lt)),
          t === null
            ? ((u = Ui()),
              u === null &&
                ((u = Rt),
                (n = Di()),
                (u.pooledCache = n),
                n.refCount++,
                n !== null && (u.pooledCacheLanes |= e),
                (u = n)),
              (l.memoizedState = { parent: a, cache: u }),
              Hi(l),
              Ce(l, Lt, u))
            : ((t.lanes & e) !== 0 && (xi(t, l), xu(l, null, null, e), Hu()),
              (u = t.memoizedState),
              (n = l.memoizedState),
              u.parent !== a
                ? ((u = { parent: a, cache: a }),
                  (l.memoizedState = u),
                  l.lanes === 0 && (l.memoizedState = l.updateQueue.baseState = u),
                  Ce(l, Lt, a))
                : ((a = n.cache), Ce(l, Lt, a), a !== u.cache && Mi(l, [Lt], e, !0))),
          Jt(t, l, l.pendingProps.children, e),
          l.child
        );
      case 30:
        return (
          l.stateNode === null && (l.stateNode = { autoName: null, paired: null, clones: null, ref: null }),
          (a = l.pendingProps),
          a.name != null && a.name !== 'auto' ? (l.flags |= t === null ? 18882560 : 18874368) : it && Hn(l),
          t !== null && t.memoizedProps.name !== a.name ? (l.flags |= 4194816) : Za(t, l),
          Jt(t, l, a.children, e),
          l.child
        );
      case 29:
        throw l.pendingProps;
    }
    throw Error(o(156, l.tag));
  }
  function he(t) {
    t.flags |= 4;
  }
  function hf(t, l, e, a, u) {
    var n;
    if (
      ((n = (t.mode & 32) !== 0) &&
        (n = e === null ? V0(l, a) : V0(l, a) && (a.src !== e.src || a.srcSet !== e.srcSet)),
      n)
    ) {
      if (((t.flags |= 16777216), (u & 335544128) === u))
        if (t.stateNode.complete) t.flags |= 8192;
        else if (Wd()) t.flags |= 8192;
        else throw ((oa = Xn), pi);
    } else t.flags &= -16777217;
  }
  function yd(t, l) {
    if (l.type !== 'stylesheet' || (l.state.loading & 4) !== 0) t.flags &= -16777217;
    else if (((t.flags |= 16777216), !Z0(l)))
      if (Wd()) t.flags |= 8192;
      else throw ((oa = Xn), pi);
  }
  function nc(t, l) {
    l !== null && (t.flags |= 4),
      t.flags & 16384 && ((l = t.tag !== 22 ? Ls() : 536870912), (t.lanes |= l), (Wa |= l));
  }
  function Xu(t, l) {
    if (!it)
      switch (t.tailMode) {
        case 'visible':
          break;
        case 'collapsed':
          for (var e = t.tail, a = null; e !== null; ) e.alternate !== null && (a = e), (e = e.sibling);
          a === null
            ? l || t.tail === null
              ? (t.tail = null)
              : (t.tail.sibling = null)
            : (a.sibling = null);
          break;
        default:
          for (l = t.tail, e = null; l !== null; ) l.alternate !== null && (e = l), (l = l.sibling);
          e === null ? (t.tail = null) : (e.sibling = null);
      }
  }
  function xt(t) {
    var l = t.alternate !== null && t.alternate.child === t.child,
      e = 0,
      a = 0;
    if (l)
      for (var u = t.child; u !== null; )
        (e |= u.lanes | u.childLanes),
          (a |= u.subtreeFlags & 1206910976),
          (a |= u.flags & 1206910976),
          (u.return = t),
          (u = u.sibling);
    else
      for (u = t.child; u !== null; )
        (e |= u.lanes | u.childLanes), (a |= u.subtreeFlags), (a |= u.flags), (u.return = t), (u = u.sibling);
    return ((t.subtreeFlags |= a), (t.childLanes = e), l);
  }
  function ry(t, l, e) {
    var a = l.pendingProps;
    switch ((Ni(l), l.tag)) {
      case 16:
      case 15:
      case 0:
      case 11:
      case 7:
      case 8:
      case 12:
      case 9:
      case 14:
        return (xt(l), null);
      case 1:
        return (xt(l), null);
      case 3:
        return (
          (e = l.stateNode),
          (a = null),
          t !== null && (a = t.memoizedState.cache),
          l.memoizedState.cache !== a && (l.flags |= 2048),
          de(Lt),
          Ea(),
          e.pendingContext && ((e.context = e.pendingContext), (e.pendingContext = null)),
          (t === null || t.child === null) &&
            (qa(l)
              ? he(l)
              : t === null ||
                (t.memoizedState.isDehydrated && (l.flags & 256) === 0) ||
                ((l.flags |= 1024), Ai())),
          xt(l),
          null
        );
      case 26:
        var u = l.type,
          n = l.memoizedState;
        return (
          t === null
            ? (he(l), n !== null ? (xt(l), yd(l, n)) : (xt(l), hf(l, u, null, a, e)))
            : n
              ? n !== t.memoizedState
                ? (he(l), xt(l), yd(l, n))
                : (xt(l), (l.flags &= -16777217))
              : ((t = t.memoizedProps), t !== a && he(l), xt(l), hf(l, u, t, a, e)),
          null
        );
      case 27:
        if ((on(l), (e = be.current), (u = l.type), t !== null && l.stateNode != null))
          t.memoizedProps !== a && he(l);
        else {
          if (!a) {
            if (l.stateNode === null) throw Error(o(166));
            return (xt(l), (l.subtreeFlags &= -33554433), null);
          }
          (t = Zl.current), qa(l) ? wo(l) : ((t = j0(u, a, e)), (l.stateNode = t), he(l));
        }
        return (xt(l), (l.subtreeFlags &= -33554433), null);
      case 5:
        if ((on(l), (u = l.type), t !== null && l.stateNode != null)) t.memoizedProps !== a && he(l);
        else {
          if (!a) {
            if (l.stateNode === null) throw Error(o(166));
            return (xt(l), (l.subtreeFlags &= -33554433), null);
          }
          if (((n = Zl.current), qa(l))) wo(l);
          else {
            var c = Iu(be.current);
            switch (n) {
              case 1:
                n = c.createElementNS('http://www.w3.org/2000/svg', u);
                break;
              case 2:
                n = c.createElementNS('http://www.w3.org/1998/Math/MathML', u);
                break;
              default:
                switch (u) {
                  case 'svg':
                    n = c.createElementNS('http://www.w3.org/2000/svg', u);
                    break;
                  case 'math':
                    n = c.createElementNS('http://www.w3.org/1998/Math/MathML', u);
                    break;
                  case 'script':
                    (n = c.createElement('div')),
                      (n.innerHTML = '<script></script>'),
                      (n = n.removeChild(n.firstChild));
                    break;
                  case 'select':
                    (n =
                      typeof a.is == 'string'
                        ? c.createElement('select', { is: a.is })
                        : c.createElement('select')),
                      a.multiple ? (n.multiple = !0) : a.size && (n.size = a.size);
                    break;
                  default:
                    n = typeof a.is == 'string' ? c.createElement(u, { is: a.is }) : c.createElement(u);
                }
            }
            (n[kt] = l), (n[ol] = a);
            t: for (c = l.child; c !== null; ) {
              if (c.tag === 5 || c.tag === 6) n.appendChild(c.stateNode);
              else if (c.tag !== 4 && c.tag !== 27 && c.child !== null) {
                (c.child.return = c), (c = c.child);
                continue;
              }
              if (c === l) break;
              for (; c.sibling === null; ) {
                if (c.return === null || c.return === l) break t;
                c = c.return;
              }
              (c.sibling.return = c.return), (c = c.sibling);
            }
            l.stateNode = n;
            switch ((al(n, u, a), u)) {
              case 'button':
              case 'input':
              case 'select':
              case 'textarea':
                a = !!a.autoFocus;
                break;
              case 'img':
                a = !0;
                break;
              default:
                a = !1;
            }
            a && he(l);
          }
        }
        return (
          xt(l),
          (l.subtreeFlags &= -33554433),
          hf(l, l.type, t === null ? null : t.memoizedProps, l.pendingProps, e),
          null
        );
      case 6:
        if (t && l.stateNode != null) t.memoizedProps !== a && he(l);
        else {
          if (typeof a != 'string' && l.stateNode === null) throw Error(o(166));
          if (((t = be.current), qa(l))) {
            if (((t = l.stateNode), (e = l.memoizedProps), (a = null), (u = $t), u !== null))
              switch (u.tag) {
                case 27:
                case 5:
                  a = u.memoizedProps;
              }
            (t[kt] = l),
              (t = !!(
                t.nodeValue === e ||
                (a !== null && a.suppressHydrationWarning === !0) ||
                v0(t.nodeValue, e)
              )),
              t || Ae(l, !0);
          } else (t = Iu(t).createTextNode(a)), (t[kt] = l), (l.stateNode = t);
        }
        return (xt(l), null);
      case 31:
        if (((e = l.memoizedState), t === null || t.memoizedState !== null)) {
          if (((a = qa(l)), e !== null)) {
            if (t === null) {
              if (!a) throw Error(o(318));
              if (((t = l.memoizedState), (t = t !== null ? t.dehydrated : null), !t)) throw Error(o(557));
              t[kt] = l;
            } else aa(), (l.flags & 128) === 0 && (l.memoizedState = null), (l.flags |= 4);
            xt(l), (t = !1);
          } else
            (e = Ai()),
              t !== null && t.memoizedState !== null && (t.memoizedState.hydrationErrors = e),
              (t = !0);
          if (!t) return l.flags & 256 ? (El(l), l) : (El(l), null);
          if ((l.flags & 128) !== 0) throw Error(o(558));
        }
        return (xt(l), null);
      case 13:
        if (
          ((a = l.memoizedState),
          t === null || (t.memoizedState !== null && t.memoizedState.dehydrated !== null))
        ) {
          if (((u = qa(l)), a !== null && a.dehydrated !== null)) {
            if (t === null) {
              if (!u) throw Error(o(318));
              if (((u = l.memoizedState), (u = u !== null ? u.dehydrated : null), !u)) throw Error(o(317));
              u[kt] = l;
            } else aa(), (l.flags & 128) === 0 && (l.memoizedState = null), (l.flags |= 4);
            xt(l), (u = !1);
          } else
            (u = Ai()),
              t !== null && t.memoizedState !== null && (t.memoizedState.hydrationErrors = u),
              (u = !0);
          if (!u) return l.flags & 256 ? (El(l), l) : (El(l), null);
        }
        return (
          El(l),
          (l.flags & 128) !== 0
            ? ((l.lanes = e), l)
            : ((e = a !== null),
              (t = t !== null && t.memoizedState !== null),
              e &&
                ((a = l.child),
                (u = null),
                a.alternate !== null &&
                  a.alternate.memoizedState !== null &&
                  a.alternate.memoizedState.cachePool !== null &&
                  (u = a.alternate.memoizedState.cachePool.pool),
                (n = null),
                a.memoizedState !== null &&
                  a.memoizedState.cachePool !== null &&
                  (n = a.memoizedState.cachePool.pool),
                n !== u && (a.flags |= 2048)),
              e !== t && e && (l.child.flags |= 8192),
              nc(l, l.updateQueue),
              xt(l),
              null)
        );
      case 4:
        return (Ea(), t === null && If(l.stateNode.containerInfo), (l.flags |= 67108864), xt(l), null);
      case 10:
        return (de(l.type), xt(l), null);
      case 19:
        if ((Xi(l), (a = l.memoizedState), a === null)) return (xt(l), null);
        if (((u = (l.flags & 128) !== 0), (n = a.rendering), n === null))
          if (u) Xu(a, !1);
          else {
            if (Xt !== 0 || (t !== null && (t.flags & 128) !== 0))
              for (t = l.child; t !== null; ) {
                if (((n = Zn(t)), n !== null)) {
                  for (
                    l.flags |= 128,
                      Xu(a, !1),
                      t = n.updateQueue,
                      l.updateQueue = t,
                      nc(l, t),
                      l.subtreeFlags = 0,
                      t = e,
                      e = l.child;
                    e !== null;
                  )
                    Lo(e, t), (e = e.sibling);
                  return (ju(l, (ll.current & 1) | 2), it && oe(l, a.treeForkCount), l.child);
                }
                t = t.sibling;
              }
            a.tail !== null && hl() > gc && ((l.flags |= 128), (u = !0), Xu(a, !1), (l.lanes = 4194304));
          }
        else {
          if (!u)
            if (((t = Zn(n)), t !== null)) {
              if (
                ((l.flags |= 128),
                (u = !0),
                (t = t.updateQueue),
                (l.updateQueue = t),
                nc(l, t),
                Xu(a, !0),
                a.tail === null &&
                  a.tailMode !== 'collapsed' &&
                  a.tailMode !== 'visible' &&
                  !n.alternate &&
                  !it)
              )
                return (xt(l), null);
            } else
              2 * hl() - a.renderingStartTime > gc &&
                e !== 536870912 &&
                ((l.flags |= 128), (u = !0), Xu(a, !1), (l.lanes = 4194304));
          a.isBackwards
            ? ((n.sibling = l.child), (l.child = n))
            : ((t = a.last), t !== null ? (t.sibling = n) : (l.child = n), (a.last = n));
        }
        if (a.tail !== null) {
          t = a.tail;
          t: {
            for (e = t; e !== null; ) {
              if (e.alternate !== null) {
                e = !1;
                break t;
              }
              e = e.sibling;
            }
            e = !0;
          }
          return (
            (a.rendering = t),
            (a.tail = t.sibling),
            (a.renderingStartTime = hl()),
            (t.sibling = null),
            (n = ll.current),
            (n = u ? (n & 1) | 2 : n & 1),
            a.tailMode === 'visible' || a.tailMode === 'collapsed' || !e || it
              ? ju(l, n)
              : ((e = n), pt(tl, l), pt(ll, e), nl === null && (nl = l)),
            it && oe(l, a.treeForkCount),
            t
          );
        }
        return (xt(l), null);
      case 22:
      case 23:
        return (
          El(l),
          Yi(),
          (a = l.memoizedState !== null),
          t !== null ? (t.memoizedState !== null) !== a && (l.flags |= 8192) : a && (l.flags |= 8192),
          a
            ? (e & 536870912) !== 0 &&
              (l.flags & 128) === 0 &&
              (xt(l), l.subtreeFlags & 6 && (l.flags |= 8192))
            : xt(l),
          (e = l.updateQueue),
          e !== null && nc(l, e.retryQueue),
          (e = null),
          t !== null &&
            t.memoizedState !== null &&
            t.memoizedState.cachePool !== null &&
            (e = t.memoizedState.cachePool.pool),
          (a = null),
          l.memoizedState !== null &&
            l.memoizedState.cachePool !== null &&
            (a = l.memoizedState.cachePool.pool),
          a !== e && (l.flags |= 2048),
          t !== null && It(fa),
          null
        );
      case 24:
        return (
          (e = null),
          t !== null && (e = t.memoizedState.cache),
          l.memoizedState.cache !== e && (l.flags |= 2048),
          de(Lt),
          xt(l),
          null
        );
      case 25:
        return null;
      case 30:
        return ((l.flags |= 33554432), xt(l), null);
    }
    throw Error(o(156, l.tag));
  }
  function dy(t, l) {
    switch ((Ni(l), l.tag)) {
      case 1:
        return ((t = l.flags), t & 65536 ? ((l.flags = (t & -65537) | 128), l) : null);
      case 3:
        return (
          de(Lt),
          Ea(),
          (t = l.flags),
          (t & 65536) !== 0 && (t & 128) === 0 ? ((l.flags = (t & -65537) | 128), l) : null
        );
      case 26:
      case 27:
      case 5:
        return (on(l), null);
      case 31:
        if (l.memoizedState !== null) {
          if ((El(l), l.alternate === null)) throw Error(o(340));
          aa();
        }
        return ((t = l.flags), t & 65536 ? ((l.flags = (t & -65537) | 128), l) : null);
      case 13:
        if ((El(l), (t = l.memoizedState), t !== null && t.dehydrated !== null)) {
          if (l.alternate === null) throw Error(o(340));
          aa();
        }
        return ((t = l.flags), t & 65536 ? ((l.flags = (t & -65537) | 128), l) : null);
      case 19:
        return (
          Xi(l),
          (t = l.flags),
          t & 65536
            ? ((l.flags = (t & -65537) | 128),
              (t = l.memoizedState),
              t !== null && ((t.rendering = null), (t.tail = null)),
              (l.flags |= 4),
              l)
            : null
        );
      case 4:
        return (Ea(), null);
      case 10:
        return (de(l.type), null);
      case 22:
      case 23:
        return (
          El(l),
          Yi(),
          t !== null && It(fa),
          (t = l.flags),
          t & 65536 ? ((l.flags = (t & -65537) | 128), l) : null
        );
      case 24:
        return (de(Lt), null);
      case 25:
        return null;
      default:
        return null;
    }
  }
  function hd(t, l) {
    switch ((Ni(l), l.tag)) {
      case 3:
        de(Lt), Ea();
        break;
      case 26:
      case 27:
      case 5:
        on(l);
        break;
      case 4:
        Ea();
        break;
      case 31:
        l.memoizedState !== null && El(l);
        break;
      case 13:
        El(l);
        break;
      case 19:
        Xi(l);
        break;
      case 10:
        de(l.type);
        break;
      case 22:
      case 23:
        El(l), Yi(), t !== null && It(fa);
        break;
      case 24:
        de(Lt);
    }
  }
  function Qu(t, l) {
    try {
      var e = l.updateQueue,
        a = e !== null ? e.lastEffect : null;
      if (a !== null) {
        var u = a.next;
        e = u;
        do {
          if ((e.tag & t) === t) {
            a = void 0;
            var n = e.create,
              c = e.inst;
            (a = n()), (c.destroy = a);
          }
          e = e.next;
        } while (e !== u);
      }
    } catch (i) {
      Ot(l, l.return, i);
    }
  }
  function je(t, l, e) {
    try {
      var a = l.updateQueue,
        u = a !== null ? a.lastEffect : null;
      if (u !== null) {
        var n = u.next;
        a = n;
        do {
          if ((a.tag & t) === t) {
            var c = a.inst,
              i = c.destroy;
            if (i !== void 0) {
              (c.destroy = void 0), (u = l);
              var s = e,
                h = i;
              try {
                h();
              } catch (E) {
                Ot(u, s, E);
              }
            }
          }
          a = a.next;
        } while (a !== n);
      }
    } catch (E) {
      Ot(l, l.return, E);
    }
  }
  function gd(t) {
    var l = t.updateQueue;
    if (l !== null) {
      var e = t.stateNode;
      try {
        cr(l, e);
      } catch (a) {
        Ot(t, t.return, a);
      }
    }
  }
  function Sd(t, l, e) {
    (e.props = ma(t.type, t.memoizedProps)), (e.state = t.memoizedState);
    try {
      e.componentWillUnmount();
    } catch (a) {
      Ot(t, l, a);
    }
  }
  function $l(t, l) {
    try {
      var e = t.ref;
      if (e !== null) {
        switch (t.tag) {
          case 26:
          case 27:
          case 5:
            var a = t.stateNode;
            break;
          case 30:
            var u = t.stateNode,
              n = ie(t.memoizedProps, u);
            (u.ref === null || u.ref.name !== n) && (u.ref = O0(n)), (a = u.ref);
            break;
          case 7:
            if (t.stateNode === null) {
              var c = new Al(t);
              y(t.child, !1, eh, c, void 0, void 0), (t.stateNode = c);
            }
            a = t.stateNode;
            break;
          default:
            a = t.stateNode;
        }
        typeof e == 'function' ? (t.refCleanup = e(a)) : (e.current = a);
      }
    } catch (i) {
      Ot(t, l, i);
    }
  }
  function el(t, l) {
    var e = t.ref,
      a = t.refCleanup;
    if (e !== null)
      if (typeof a == 'function')
        try {
          a();
        } catch (u) {
          Ot(t, l, u);
        } finally {
          (t.refCleanup = null), (t = t.alternate), t != null && (t.refCleanup = null);
        }
      else if (typeof e == 'function')
        try {
          e(null);
        } catch (u) {
          Ot(t, l, u);
        }
      else e.current = null;
  }
  function cc(t, l) {
    if ((t.tag === 5 || t.tag === 27 || t.tag === 6) && t.alternate === null && l !== null)
      for (var e = 0; e < l.length; e++) U0(t.stateNode, l[e]);
  }
  function bd(t) {
    for (var l = t.return; l !== null && (Sf(l) && U0(t.stateNode, l.stateNode), !gf(l)); ) l = l.return;
  }
  function Lu(t) {
    for (var l = t.return; l !== null && (Sf(l) && ah(t.stateNode, l.stateNode), !gf(l)); ) l = l.return;
  }
  function gf(t) {
    return t.tag === 5 || t.tag === 3 || t.tag === 27;
  }
  function Sf(t) {
    return t && t.tag === 7 && t.stateNode !== null;
  }
  function bf(t) {
    var l = t.type,
      e = t.memoizedProps,
      a = t.stateNode;
    try {
      switch (l) {
        case 'button':
        case 'input':
        case 'select':
        case 'textarea':
          e.autoFocus && a.focus();
          break;
        case 'img':
          e.src ? (a.src = e.src) : e.srcSet && (a.srcset = e.srcSet);
      }
    } catch (u) {
      Ot(t, t.return, u);
    }
  }
  function Tf(t, l, e) {
    try {
      var a = t.stateNode;
      Yy(a, t.type, e, l), (a[ol] = l);
    } catch (u) {
      Ot(t, t.return, u);
    }
  }
  function Td(t) {
    return t.tag === 5 || t.tag === 3 || t.tag === 26 || (t.tag === 27 && Le(t.type)) || t.tag === 4;
  }
  function Ef(t) {
    t: for (;;) {
      for (; t.sibling === null; ) {
        if (t.return === null || Td(t.return)) return null;
        t = t.return;
      }
      for (t.sibling.return = t.return, t = t.sibling; t.tag !== 5 && t.tag !== 6 && t.tag !== 18; ) {
        if ((t.tag === 27 && Le(t.type)) || t.flags & 2 || t.child === null || t.tag === 4) continue t;
        (t.child.return = t), (t = t.child);
      }
      if (!(t.flags & 2)) return t.stateNode;
    }
  }
  function _f(t, l, e, a) {
    var u = t.tag;
    if (u === 5 || u === 6)
      (u = t.stateNode),
        l
          ? (e.nodeType === 9 ? e.body : e.nodeName === 'HTML' ? e.ownerDocument.body : e).insertBefore(u, l)
          : ((l = e.nodeType === 9 ? e.body : e.nodeName === 'HTML' ? e.ownerDocument.body : e),
            l.appendChild(u),
            (e = e._reactRootContainer),
            e != null || l.onclick !== null || (l.onclick = Kl)),
        cc(t, a),
        (bt = !0);
    else if (
      u !== 4 &&
      (u === 27 && (cc(t, a), (a = null), Le(t.type) && ((e = t.stateNode), (l = null))),
      (t = t.child),
      t !== null)
    )
      for (_f(t, l, e, a), t = t.sibling; t !== null; ) _f(t, l, e, a), (t = t.sibling);
  }
  function ic(t, l, e, a) {
    var u = t.tag;
    if (u === 5 || u === 6)
      (u = t.stateNode), l ? e.insertBefore(u, l) : e.appendChild(u), cc(t, a), (bt = !0);
    else if (
      u !== 4 &&
      (u === 27 && (cc(t, a), (a = null), Le(t.type) && (e = t.stateNode)), (t = t.child), t !== null)
    )
      for (ic(t, l, e, a), t = t.sibling; t !== null; ) ic(t, l, e, a), (t = t.sibling);
  }
  function Ed(t) {
    var l = t.stateNode,
      e = t.memoizedProps;
    try {
      for (var a = t.type, u = l.attributes; u.length; ) l.removeAttributeNode(u[0]);
      al(l, a, e), (l[kt] = t), (l[ol] = e);
    } catch (n) {
      Ot(t, t.return, n);
    }
  }
  var fc = !1,
    _l = null;
  function _d(t) {
    (t.tag === 30 || (t.subtreeFlags & 33554432) !== 0) && (fc = !0);
  }
  var Wl = null;
  function zd() {
    var t = Wl;
    return ((Wl = null), t);
  }
  var dl = 0;
  function Ka(t, l, e, a, u) {
    return ((dl = 0), Nd(t.child, l, e, a, u));
  }
  function Nd(t, l, e, a, u) {
    for (var n = !1; t !== null; ) {
      if (t.tag === 5) {
        var c = t.stateNode;
        if (a !== null) {
          var i = ns(c);
          a.push(i), i.view && (n = !0);
        } else n || (ns(c).view && (n = !0));
        (fc = !0), z0(c, dl === 0 ? l : l + '_' + dl, e), dl++;
      } else
        (t.tag !== 22 || t.memoizedState === null) &&
          ((t.tag === 30 && u) || (Nd(t.child, l, e, a, u) && (n = !0)));
      t = t.sibling;
    }
    return n;
  }
  function Fl(t, l) {
    for (; t !== null; )
      t.tag === 5
        ? N0(t.stateNode, t.memoizedProps)
        : (t.tag !== 22 || t.memoizedState === null) && ((t.tag === 30 && l) || Fl(t.child, l)),
        (t = t.sibling);
  }
  function sc(t) {
    if ((t.subtreeFlags & 18874368) !== 0)
      for (t = t.child; t !== null; ) {
        if (
          (t.tag !== 22 || t.memoizedState === null) &&
          (sc(t), t.tag === 30 && (t.flags & 18874368) !== 0 && t.stateNode.paired)
        ) {
          var l = t.memoizedProps;
          if (l.name == null || l.name === 'auto') throw Error(o(544));
          var e = l.name;
          (l = fe(l.default, l.share)), l !== 'none' && (Ka(t, e, l, null, !1) || Fl(t.child, !1));
        }
        t = t.sibling;
      }
  }
  function zf(t, l) {
    if (t.tag === 30) {
      var e = t.stateNode,
        a = t.memoizedProps,
        u = ie(a, e),
        n = fe(a.default, e.paired ? a.share : a.enter);
      n !== 'none'
        ? Ka(t, u, n, null, !1)
          ? (sc(t), e.paired || l || Pa(t, a.onEnter))
          : Fl(t.child, !1)
        : sc(t);
    } else if ((t.subtreeFlags & 33554432) !== 0) for (t = t.child; t !== null; ) zf(t, l), (t = t.sibling);
    else sc(t);
  }
  function Nf(t) {
    if (_l !== null && _l.size !== 0) {
      var l = _l;
      if ((t.subtreeFlags & 18874368) !== 0)
        for (t = t.child; t !== null; ) {
          if (t.tag !== 22 || t.memoizedState === null) {
            if (t.tag === 30 && (t.flags & 18874368) !== 0) {
              var e = t.memoizedProps,
                a = e.name;
              if (a != null && a !== 'auto') {
                var u = l.get(a);
                if (u !== void 0) {
                  var n = fe(e.default, e.share);
                  if (
                    (n !== 'none' &&
                      (Ka(t, a, n, null, !1)
                        ? ((n = t.stateNode), (u.paired = n), (n.paired = u), Pa(t, e.onShare))
                        : Fl(t.child, !1)),
                    l.delete(a),
                    l.size === 0)
                  )
                    break;
                }
              }
            }
            Nf(t);
          }
          t = t.sibling;
        }
    }
  }
  function Of(t) {
    if (t.tag === 30) {
      var l = t.memoizedProps,
        e = ie(l, t.stateNode),
        a = _l !== null ? _l.get(e) : void 0,
        u = fe(l.default, a !== void 0 ? l.share : l.exit);
      u !== 'none' &&
        (Ka(t, e, u, null, !1)
          ? a !== void 0
            ? ((u = t.stateNode), (a.paired = u), (u.paired = a), _l.delete(e), Pa(t, l.onShare))
            : Pa(t, l.onExit)
          : Fl(t.child, !1)),
        _l !== null && Nf(t);
    } else if ((t.subtreeFlags & 33554432) !== 0) for (t = t.child; t !== null; ) Of(t), (t = t.sibling);
    else _l !== null && Nf(t);
  }
  function Od(t) {
    for (t = t.child; t !== null; ) {
      if (t.tag === 30) {
        var l = t.memoizedProps,
          e = ie(l, t.stateNode);
        (l = fe(l.default, l.update)),
          (t.flags &= -5),
          l !== 'none' && Ka(t, e, l, (t.memoizedState = []), !1);
      } else (t.subtreeFlags & 33554432) !== 0 && Od(t);
      t = t.sibling;
    }
  }
  function Af(t) {
    if ((t.subtreeFlags & 18874368) !== 0)
      for (t = t.child; t !== null; ) {
        if (t.tag !== 22 || t.memoizedState === null) {
          if (t.tag === 30 && (t.flags & 18874368) !== 0) {
            var l = t.stateNode;
            l.paired !== null && ((l.paired = null), Fl(t.child, !1));
          }
          Af(t);
        }
        t = t.sibling;
      }
  }
  function oc(t) {
    if (t.tag === 30) (t.stateNode.paired = null), Fl(t.child, !1), Af(t);
    else if ((t.subtreeFlags & 33554432) !== 0) for (t = t.child; t !== null; ) oc(t), (t = t.sibling);
    else Af(t);
  }
  function Ad(t) {
    for (t = t.child; t !== null; )
      t.tag === 30 ? Fl(t.child, !1) : (t.subtreeFlags & 33554432) !== 0 && Ad(t), (t = t.sibling);
  }
  function Cf(t, l, e, a, u, n, c) {
    for (var i = !1; l !== null; ) {
      if (l.tag === 5) {
        var s = l.stateNode;
        if (n !== null && dl < n.length) {
          var h = n[dl],
            E = ns(s);
          (h.view || E.view) && (i = !0);
          var C;
          if ((C = (t.flags & 4) === 0))
            if (E.clip) C = !0;
            else {
              C = h.rect;
              var m = E.rect;
              C = C.y !== m.y || C.x !== m.x || C.height !== m.height || C.width !== m.width;
            }
          C && (t.flags |= 4),
            E.abs
              ? (E = !h.abs)
              : ((h = h.rect), (E = E.rect), (E = h.height !== E.height || h.width !== E.width)),
            E && (t.flags |= 32);
        } else t.flags |= 32;
        (t.flags & 4) !== 0 && z0(s, dl === 0 ? e : e + '_' + dl, u),
          (i && (t.flags & 4) !== 0) ||
            (Wl === null && (Wl = []), Wl.push(s, dl === 0 ? a : a + '_' + dl, l.memoizedProps)),
          dl++;
      } else
        (l.tag !== 22 || l.memoizedState === null) &&
          (l.tag === 30 && c ? (t.flags |= l.flags & 32) : Cf(t, l.child, e, a, u, n, c) && (i = !0));
      l = l.sibling;
    }
    return i;
  }
  function Cd(t, l) {
    for (t = t.child; t !== null; ) {
      if (t.tag === 30) {
        var e = t.memoizedProps,
          a = t.stateNode,
          u = ie(e, a),
          n = fe(e.default, e.update),
          c;
        (c = t.memoizedState), (t.memoizedState = null), (a = t);
        var i = t.child;
        (dl = 0), (u = Cf(a, i, u, u, n, c, !1)), (t.flags & 4) !== 0 && u && Pa(t, e.onUpdate);
      } else (t.subtreeFlags & 33554432) !== 0 && Cd(t);
      t = t.sibling;
    }
  }
  var Wt = !1,
    zt = !1,
    Il = !1,
    Mf = !1,
    Md = typeof WeakSet == 'function' ? WeakSet : Set,
    Ft = null,
    kl = !1,
    Vu = !1,
    rc = !1,
    Df = !1;
  function my(t, l, e) {
    if (((t = t.containerInfo), (ts = su), (t = po(t)), vi(t))) {
      if ('selectionStart' in t) var a = { start: t.selectionStart, end: t.selectionEnd };
      else
        t: {
          a = ((a = t.ownerDocument) && a.defaultView) || window;
          var u = a.getSelection && a.getSelection();
          if (u && u.rangeCount !== 0) {
            a = u.anchorNode;
            var n = u.anchorOffset,
              c = u.focusNode;
            u = u.focusOffset;
            try {
              a.nodeType, c.nodeType;
            } catch {
              a = null;
              break t;
            }
            var i = 0,
              s = -1,
              h = -1,
              E = 0,
              C = 0,
              m = t,
              T = null;
            l: for (;;) {
              for (
                var Y;
                m !== a || (n !== 0 && m.nodeType !== 3) || (s = i + n),
                  m !== c || (u !== 0 && m.nodeType !== 3) || (h = i + u),
                  m.nodeType === 3 && (i += m.nodeValue.length),
                  (Y = m.firstChild) !== null;
              )
                (T = m), (m = Y);
              for (;;) {
                if (m === t) break l;
                if (
                  (T === a && ++E === n && (s = i),
                  T === c && ++C === u && (h = i),
                  (Y = m.nextSibling) !== null)
                )
                  break;
                (m = T), (T = m.parentNode);
              }
              m = Y;
            }
            a = s === -1 || h === -1 ? null : { start: s, end: h };
          } else a = null;
        }
      a = a || { start: 0, end: 0 };
    } else a = null;
    for (
      ls = { focusedElem: t, selectionRange: a },
        su = !1,
        e = (e & 335544064) === e,
        Ft = l,
        l = e ? 9270 : 1024;
      Ft !== null;
    ) {
      if (((t = Ft), e && ((a = t.deletions), a !== null))) for (n = 0; n < a.length; n++) e && Of(a[n]);
      if (t.alternate === null && (t.flags & 2) !== 0) e && _d(t), dc(e);
      else {
        if (t.tag === 22) {
          if (((a = t.alternate), t.memoizedState !== null)) {
            a !== null && a.memoizedState === null && e && Of(a), dc(e);
            continue;
          } else if (a !== null && a.memoizedState !== null) {
            e && _d(t), dc(e);
            continue;
          }
        }
        (a = t.child),
          (t.subtreeFlags & l) !== 0 && a !== null ? ((a.return = t), (Ft = a)) : (e && Od(t), dc(e));
      }
    }
    _l = null;
  }
  function dc(t) {
    for (; Ft !== null; ) {
      var l = Ft,
        e = t,
        a = l.alternate,
        u = l.flags;
      switch (l.tag) {
        case 0:
        case 11:
        case 15:
          break;
        case 1:
          if ((u & 1024) !== 0 && a !== null) {
            (e = void 0), (u = a.memoizedProps), (a = a.memoizedState);
            var n = l.stateNode;
            try {
              var c = ma(l.type, u);
              (e = n.getSnapshotBeforeUpdate(c, a)), (n.__reactInternalSnapshotBeforeUpdate = e);
            } catch (i) {
              Ot(l, l.return, i);
            }
          }
          break;
        case 3:
          if ((u & 1024) !== 0) {
            if (((a = l.stateNode.containerInfo), (e = a.nodeType), e === 9)) fs(a);
            else if (e === 1)
              switch (a.nodeName) {
                case 'HEAD':
                case 'HTML':
                case 'BODY':
                  fs(a);
                  break;
                default:
                  a.textContent = '';
              }
          }
          break;
        case 5:
        case 26:
        case 27:
        case 6:
        case 4:
        case 17:
          break;
        case 30:
          e &&
            a !== null &&
            ((e = ie(a.memoizedProps, a.stateNode)),
            (u = l.memoizedProps),
            (u = fe(u.default, u.update)),
            u !== 'none' && Ka(a, e, u, (a.memoizedState = []), !0));
          break;
        default:
          if ((u & 1024) !== 0) throw Error(o(163));
      }
      if (((a = l.sibling), a !== null)) {
        (a.return = l.return), (Ft = a);
        break;
      }
      Ft = l.return;
    }
  }
  function Dd(t, l, e) {
    var a = e.flags;
    switch (e.tag) {
      case 0:
      case 11:
      case 15:
        Pl(t, e), a & 4 && Qu(5, e);
        break;
      case 1:
        if ((Pl(t, e), a & 4))
          if (((t = e.stateNode), l === null))
            try {
              t.componentDidMount();
            } catch (c) {
              Ot(e, e.return, c);
            }
          else {
            var u = ma(e.type, l.memoizedProps);
            l = l.memoizedState;
            try {
              t.componentDidUpdate(u, l, t.__reactInternalSnapshotBeforeUpdate);
            } catch (c) {
              Ot(e, e.return, c);
            }
          }
        a & 64 && gd(e), a & 512 && $l(e, e.return);
        break;
      case 3:
        if ((Pl(t, e), a & 64 && ((t = e.updateQueue), t !== null))) {
          if (((l = null), e.child !== null))
            switch (e.child.tag) {
              case 27:
              case 5:
                l = e.child.stateNode;
                break;
              case 1:
                l = e.child.stateNode;
            }
          try {
            cr(t, l);
          } catch (c) {
            Ot(e, e.return, c);
          }
        }
        break;
      case 27:
        l === null && a & 4 && Ed(e);
      case 26:
      case 5:
        Pl(t, e), l === null && a & 4 && bf(e), a & 512 && $l(e, e.return);
        break;
      case 12:
        Pl(t, e);
        break;
      case 31:
        Pl(t, e), a & 4 && Hd(t, e);
        break;
      case 13:
        Pl(t, e),
          a & 4 && xd(t, e),
          a & 64 &&
            ((t = e.memoizedState),
            t !== null && ((t = t.dehydrated), t !== null && ((e = Oy.bind(null, e)), ch(t, e))));
        break;
      case 22:
        if (((a = e.memoizedState !== null || Wt), !a)) {
          var n = (l !== null && l.memoizedState !== null) || zt;
          (l = Wt),
            (u = zt),
            (Wt = a),
            (zt = n) && !u ? ((a = 2), (e.subtreeFlags & 8772) !== 0 && (a |= 1), Xl(t, e, a)) : Pl(t, e),
            (Wt = l),
            (zt = u);
        }
        break;
      case 30:
        Pl(t, e), a & 512 && $l(e, e.return);
        break;
      case 7:
        a & 512 && $l(e, e.return);
      default:
        Pl(t, e);
    }
  }
  function Rf(t, l) {
    for (t = t.child; t !== null; ) Rd(t, l), (t = t.sibling);
  }
  function Rd(t, l) {
    switch (t.tag) {
      case 5:
      case 26:
        try {
          var e = t.stateNode;
          if (l) {
            var a = e.style;
            typeof a.setProperty == 'function'
              ? a.setProperty('display', 'none', 'important')
              : (a.display = 'none');
          } else {
            var u = t.stateNode,
              n = t.memoizedProps.style,
              c = n != null && Object.hasOwn(n, 'display') ? n.display : null;
            u.style.display = c == null || typeof c == 'boolean' ? '' : ('' + c).trim();
          }
        } catch (s) {
          Ot(t, t.return, s);
        }
        Uf(t, l);
        break;
      case 6:
        try {
          (t.stateNode.nodeValue = l ? '' : t.memoizedProps), (bt = !0);
        } catch (s) {
          Ot(t, t.return, s);
        }
        break;
      case 18:
        try {
          var i = t.stateNode;
          l ? _0(i, !0) : _0(t.stateNode, !1);
        } catch (s) {
          Ot(t, t.return, s);
        }
        break;
      case 22:
      case 23:
        t.memoizedState === null && Rf(t, l);
        break;
      default:
        Rf(t, l);
    }
  }
  function Uf(t, l) {
    if (t.subtreeFlags & 67108864)
      for (t = t.child; t !== null; ) {
        t: {
          var e = t,
            a = l;
          switch (e.tag) {
            case 4:
              Rd(e, a);
              break t;
            case 22:
              e.memoizedState === null && Uf(e, a);
              break t;
            default:
              Uf(e, a);
          }
        }
        t = t.sibling;
      }
  }
  function Ud(t) {
    var l = t.alternate;
    l !== null && ((t.alternate = null), Ud(l)),
      (t.child = null),
      (t.deletions = null),
      (t.sibling = null),
      t.tag === 5 && ((l = t.stateNode), l !== null && gn(l)),
      (t.stateNode = null),
      (t.return = null),
      (t.dependencies = null),
      (t.memoizedProps = null),
      (t.memoizedState = null),
      (t.pendingProps = null),
      (t.stateNode = null),
      (t.updateQueue = null);
  }
  var qt = null,
    ml = !1;
  function Yl(t, l, e) {
    for (e = e.child; e !== null; ) pd(t, l, e), (e = e.sibling);
  }
  function pd(t, l, e) {
    if (gl && typeof gl.onCommitFiberUnmount == 'function')
      try {
        gl.onCommitFiberUnmount(du, e);
      } catch {}
    switch (e.tag) {
      case 26:
        zt || el(e, l),
          Yl(t, l, e),
          e.memoizedState
            ? e.memoizedState.count--
            : e.stateNode && !zt && ((e = e.stateNode), e.parentNode.removeChild(e));
        break;
      case 27:
        zt || el(e, l), Lu(e);
        var a = qt,
          u = ml;
        Le(e.type) && ((qt = e.stateNode), (ml = !1)),
          Yl(t, l, e),
          B0(e.stateNode, e.type, e.memoizedProps),
          (qt = a),
          (ml = u);
        break;
      case 5:
        zt || el(e, l), Lu(e);
      case 6:
        if (
          (e.tag === 6 && Lu(e),
          (a = qt),
          (u = ml),
          (qt = null),
          Yl(t, l, e),
          (qt = a),
          (ml = u),
          qt !== null)
        )
          if (ml)
            try {
              (qt.nodeType === 9 ? qt.body : qt.nodeName === 'HTML' ? qt.ownerDocument.body : qt).removeChild(
                e.stateNode,
              ),
                (bt = !0);
            } catch (n) {
              Ot(e, l, n);
            }
          else
            try {
              qt.removeChild(e.stateNode), (bt = !0);
            } catch (n) {
              Ot(e, l, n);
            }
        break;
      case 18:
        qt !== null &&
          (ml
            ? ((t = qt),
              E0(t.nodeType === 9 ? t.body : t.nodeName === 'HTML' ? t.ownerDocument.body : t, e.stateNode),
              ou(t))
            : E0(qt, e.stateNode));
        break;
      case 4:
        (a = qt), (u = ml), (qt = e.stateNode.containerInfo), (ml = !0), Yl(t, l, e), (qt = a), (ml = u);
        break;
      case 0:
      case 11:
      case 14:
      case 15:
        je(2, e, l), zt || je(4, e, l), Yl(t, l, e);
        break;
      case 1:
        zt || (el(e, l), (a = e.stateNode), typeof a.componentWillUnmount == 'function' && Sd(e, l, a)),
          Yl(t, l, e);
        break;
      case 21:
        Yl(t, l, e);
        break;
      case 22:
        (zt = (a = zt) || e.memoizedState !== null), Yl(t, l, e), (zt = a);
        break;
      case 30:
        el(e, l), Yl(t, l, e);
        break;
      case 7:
        zt || el(e, l), Yl(t, l, e);
        break;
      default:
        Yl(t, l, e);
    }
  }
  function Hd(t, l) {
    if (l.memoizedState === null && ((t = l.alternate), t !== null && ((t = t.memoizedState), t !== null))) {
      t = t.dehydrated;
      try {
        ou(t);
      } catch (e) {
        Ot(l, l.return, e);
      }
    }
  }
  function xd(t, l) {
    if (
      l.memoizedState === null &&
      ((t = l.alternate),
      t !== null && ((t = t.memoizedState), t !== null && ((t = t.dehydrated), t !== null)))
    )
      try {
        ou(t);
      } catch (e) {
        Ot(l, l.return, e);
      }
  }
  function vy(t) {
    switch (t.tag) {
      case 31:
      case 13:
      case 19:
        var l = t.stateNode;
        return (l === null && (l = t.stateNode = new Md()), l);
      case 22:
        return ((t = t.stateNode), (l = t._retryCache), l === null && (l = t._retryCache = new Md()), l);
      default:
        throw Error(o(435, t.tag));
    }
  }
  function mc(t, l) {
    var e = vy(t);
    l.forEach((a) => {
      if (!e.has(a)) {
        e.add(a);
        var u = Ay.bind(null, t, a);
        a.then(u, u);
      }
    });
  }
  function fl(t, l, e) {
    var a = l.deletions;
    if (a !== null)
      for (var u = 0; u < a.length; u++) {
        var n = a[u],
          c = t,
          i = l,
          s = i;
        t: for (; s !== null; ) {
          switch (s.tag) {
            case 27:
              if (Le(s.type)) {
                (qt = s.stateNode), (ml = !1);
                break t;
              }
              break;
            case 5:
              (qt = s.stateNode), (ml = !1);
              break t;
            case 3:
            case 4:
              (qt = s.stateNode.containerInfo), (ml = !0);
              break t;
          }
          s = s.return;
        }
        if (qt === null) throw Error(o(160));
        pd(c, i, n),
          (qt = null),
          (ml = !1),
          (c = n.alternate),
          c !== null && (c.return = null),
          (n.return = null);
      }
    if (l.subtreeFlags & 13886) for (l = l.child; l !== null; ) jd(l, t, e), (l = l.sibling);
  }
  var Gl = null;
  function jd(t, l, e) {
    var a = t.alternate,
      u = t.flags;
    switch (t.tag) {
      case 0:
      case 11:
      case 14:
      case 15:
        if (u & 4 && ((a = t.updateQueue), (a = a !== null ? a.events : null), a !== null))
          for (var n = 0; n < a.length; n++) {
            var c = a[n];
            c.ref.impl = c.nextImpl;
          }
        fl(l, t, e), sl(t), u & 4 && (je(3, t, t.return), Qu(3, t), je(5, t, t.return));
        break;
      case 1:
        fl(l, t, e),
          sl(t),
          u & 512 && (zt || a === null || el(a, a.return)),
          u & 64 &&
            Wt &&
            ((t = t.updateQueue),
            t !== null &&
              ((l = t.callbacks),
              l !== null &&
                ((e = t.shared.hiddenCallbacks), (t.shared.hiddenCallbacks = e === null ? l : e.concat(l)))));
        break;
      case 26:
        if (((n = Gl), fl(l, t, e), sl(t), u & 512 && (zt || a === null || el(a, a.return)), u & 4))
          if (((u = a !== null ? a.memoizedState : null), (e = t.memoizedState), a === null))
            if (e === null)
              if (t.stateNode === null)
                if (Wt) t.stateNode = S0(t.type, t.memoizedProps, l.containerInfo, t);
                else {
                  t: {
                    (l = t.type), (e = t.memoizedProps), (u = n.ownerDocument || n);
                    l: switch (l) {
                      case 'title':
                        (a = u.getElementsByTagName('title')[0]),
                          (!a ||
                            a[yu] ||
                            a[kt] ||
                            a.namespaceURI === 'http://www.w3.org/2000/svg' ||
                            a.hasAttribute('itemprop')) &&
                            ((a = u.createElement(l)),
                            u.head.insertBefore(a, u.querySelector('head > title'))),
                          al(a, l, e),
                          (a[kt] = t),
                          wt(a),
                          (l = a);
                        break t;
                      case 'link':
                        if ((n = L0('link', 'href', u).get(l + (e.href || '')))) {
                          for (c = 0; c < n.length; c++)
                            if (
                              ((a = n[c]),
                              a.getAttribute('href') === (e.href == null || e.href === '' ? null : e.href) &&
                                a.getAttribute('rel') === (e.rel == null ? null : e.rel) &&
                                a.getAttribute('title') === (e.title == null ? null : e.title) &&
                                a.getAttribute('crossorigin') ===
                                  (e.crossOrigin == null ? null : e.crossOrigin))
                            ) {
                              n.splice(c, 1);
                              break l;
                            }
                        }
                        (a = u.createElement(l)), al(a, l, e), u.head.appendChild(a);
                        break;
                      case 'meta':
                        if ((n = L0('meta', 'content', u).get(l + (e.content || '')))) {
                          for (c = 0; c < n.length; c++)
                            if (
                              ((a = n[c]),
                              a.getAttribute('content') === (e.content == null ? null : '' + e.content) &&
                                a.getAttribute('name') === (e.name == null ? null : e.name) &&
                                a.getAttribute('property') === (e.property == null ? null : e.property) &&
                                a.getAttribute('http-equiv') === (e.httpEquiv == null ? null : e.httpEquiv) &&
                                a.getAttribute('charset') === (e.charSet == null ? null : e.charSet))
                            ) {
                              n.splice(c, 1);
                              break l;
                            }
                        }
                        (a = u.createElement(l)), al(a, l, e), u.head.appendChild(a);
                        break;
                      default:
                        throw Error(o(468, l));
                    }
                    (a[kt] = t), wt(a), (l = a);
                  }
                  t.stateNode = l;
                }
              else Wt || ys(n, t.type, t.stateNode);
            else t.stateNode = Q0(n, e, t.memoizedProps);
          else
            u !== e
              ? (u === null
                  ? ((l = a.stateNode), l === null || zt || l.parentNode.removeChild(l))
                  : u.count--,
                e === null ? Wt || ys(n, t.type, t.stateNode) : Q0(n, e, t.memoizedProps))
              : e === null && t.stateNode !== null && Tf(t, t.memoizedProps, a.memoizedProps);
        break;
      case 27:
        fl(l, t, e),
          sl(t),
          u & 512 && (zt || a === null || el(a, a.return)),
          a !== null && u & 4 && Tf(t, t.memoizedProps, a.memoizedProps);
        break;
      case 5:
        if (
          ((n = Il),
          (Il = !1),
          fl(l, t, e),
          (Il = n),
          sl(t),
          u & 512 && (zt || a === null || el(a, a.return)),
          t.flags & 32)
        ) {
          l = t.stateNode;
          try {
            Ca(l, ''), (bt = !0);
          } catch (E) {
            Ot(t, t.return, E);
          }
        }
        u & 4 && t.stateNode != null && ((l = t.memoizedProps), Tf(t, l, a !== null ? a.memoizedProps : l)),
          u & 1024 && (Mf = !0);
        break;
      case 6:
        if ((fl(l, t, e), sl(t), u & 4)) {
          if (t.stateNode === null) throw Error(o(162));
          (l = t.memoizedProps), (e = t.stateNode);
          try {
            (e.nodeValue = l), (bt = !0);
          } catch (E) {
            Ot(t, t.return, E);
          }
        }
        break;
      case 3:
        if (
          ((bt = !1),
          (Mc = null),
          (n = Gl),
          (Gl = ku(l.containerInfo)),
          fl(l, t, e),
          (Gl = n),
          sl(t),
          u & 4 && a !== null && a.memoizedState.isDehydrated)
        )
          try {
            ou(l.containerInfo);
          } catch (E) {
            Ot(t, t.return, E);
          }
        Mf && ((Mf = !1), Bd(t)), (bt = !1);
        break;
      case 4:
        (u = Il),
          (Il = Wt),
          (a = lo()),
          (n = Gl),
          (Gl = ku(t.stateNode.containerInfo)),
          fl(l, t, e),
          sl(t),
          (Gl = n),
          bt && Vu && (rc = !0),
          (bt = a),
          (Il = u);
        break;
      case 12:
        fl(l, t, e), sl(t);
        break;
      case 31:
        fl(l, t, e), sl(t), u & 4 && ((l = t.updateQueue), l !== null && ((t.updateQueue = null), mc(t, l)));
        break;
      case 13:
        fl(l, t, e),
          sl(t),
          t.child.flags & 8192 &&
            (t.memoizedState !== null) != (a !== null && a.memoizedState !== null) &&
            (hc = hl()),
          u & 4 && ((l = t.updateQueue), l !== null && ((t.updateQueue = null), mc(t, l)));
        break;
      case 22:
        (n = t.memoizedState !== null), (c = a !== null && a.memoizedState !== null);
        var i = Wt,
          s = zt,
          h = Il;
        (Wt = i || n),
          (Il = h || n),
          (zt = s || c),
          fl(l, t, e),
          (zt = s),
          (Il = h),
          (Wt = i),
          sl(t),
          u & 8192 &&
            ((l = t.stateNode),
            (l._visibility = n ? l._visibility & -2 : l._visibility | 1),
            !n ||
              a === null ||
              c ||
              Wt ||
              zt ||
              ((l = c || zt), (e = Wt), (a = zt), (Wt = n || Wt), (zt = l), Be(t, 2), (Wt = e), (zt = a)),
            (!n && Il) || Rf(t, n)),
          u & 4 &&
            ((l = t.updateQueue),
            l !== null && ((e = l.retryQueue), e !== null && ((l.retryQueue = null), mc(t, e))));
        break;
      case 19:
        fl(l, t, e), sl(t), u & 4 && ((l = t.updateQueue), l !== null && ((t.updateQueue = null), mc(t, l)));
        break;
      case 30:
        u & 512 && (zt || a === null || el(a, a.return)),
          (u = lo()),
          (n = Vu),
          (c = (e & 335544064) === e),
          (i = t.memoizedProps),
          (Vu = c && fe(i.default, i.update) !== 'none'),
          fl(l, t, e),
          sl(t),
          c && a !== null && bt && (t.flags |= 4),
          (Vu = n),
          (bt = u);
        break;
      case 21:
        break;
      case 7:
        u & 512 && (zt || a === null || el(a, a.return)),
          a && a.stateNode !== null && (a.stateNode._fragmentFiber = t);
      default:
        fl(l, t, e), sl(t);
    }
  }
  function sl(t) {
    var l = t.flags;
    if (l & 2) {
      try {
        for (var e, a = t.return; a !== null; ) {
          if (Td(a)) {
            e = a;
            break;
          }
          a = a.return;
        }
        a = null;
        for (var u = t.return; u !== null; ) {
          if (Sf(u)) {
            var n = u.stateNode;
            a === null ? (a = [n]) : a.push(n);
          }
          if (gf(u)) break;
          u = u.return;
        }
        var c = a;
        if (e == null) throw Error(o(160));
        switch (e.tag) {
          case 27:
            var i = e.stateNode,
              s = Ef(t);
            ic(t, s, i, c);
            break;
          case 5:
            var h = e.stateNode;
            e.flags & 32 && (Ca(h, ''), (e.flags &= -33));
            var E = Ef(t);
            ic(t, E, h, c);
            break;
          case 3:
          case 4:
            var C = e.stateNode.containerInfo,
              m = Ef(t);
            _f(t, m, C, c);
            break;
          default:
            throw Error(o(161));
        }
      } catch (T) {
        Ot(t, t.return, T);
      }
      t.flags &= -3;
    }
    l & 4096 && (t.flags &= -4097);
  }
  function Bd(t) {
    if (t.subtreeFlags & 1024)
      for (t = t.child; t !== null; ) {
        var l = t;
        Bd(l),
          l.tag === 5 && l.flags & 1024 && ((l = l.stateNode), (su = !0), l.reset(), (su = !1)),
          (t = t.sibling);
      }
  }
  function Ja(t, l) {
    if (l.subtreeFlags & 9270) for (l = l.child; l !== null; ) qd(l, t), (l = l.sibling);
    else Cd(l);
  }
  function qd(t, l) {
    var e = t.alternate;
    if (e === null) zf(t, !1);
    else
      switch (t.tag) {
        case 3:
          if (((Df = kl = !1), zd(), Ja(l, t), !kl && !rc)) {
            if (((t = Wl), t !== null))
              for (var a = 0; a < t.length; a += 3) {
                e = t[a];
                var u = t[a + 1];
                N0(e, t[a + 2]),
                  (e = e.ownerDocument.documentElement),
                  e !== null &&
                    e.animate(
                      { opacity: [0, 0], pointerEvents: ['none', 'none'] },
                      { duration: 0, fill: 'forwards', pseudoElement: '::view-transition-group(' + u + ')' },
                    );
              }
            (t = l.containerInfo),
              (t = t.nodeType === 9 ? t.documentElement : t.ownerDocument.documentElement),
              t !== null &&
                t.style.viewTransitionName === '' &&
                ((t.style.viewTransitionName = 'none'),
                t.animate(
                  { opacity: [0, 0], pointerEvents: ['none', 'none'] },
                  { duration: 0, fill: 'forwards', pseudoElement: '::view-transition-group(root)' },
                ),
                t.animate(
                  { width: [0, 0], height: [0, 0] },
                  { duration: 0, fill: 'forwards', pseudoElement: '::view-transition' },
                )),
              (Df = !0);
          }
          Wl = null;
          break;
        case 5:
          Ja(l, t);
          break;
        case 4:
          (a = kl), (kl = !1), Ja(l, t), kl && (rc = !0), (kl = a);
          break;
        case 22:
          t.memoizedState === null && (e.memoizedState !== null ? zf(t, !1) : Ja(l, t));
          break;
        case 30:
          (a = kl), (u = zd()), (kl = !1), Ja(l, t), kl && (t.flags |= 4);
          var n = t.memoizedProps,
            c = t.stateNode;
          (l = ie(n, c)), (c = ie(e.memoizedProps, c));
          var i = fe(n.default, n.update);
          i === 'none'
            ? (l = !1)
            : ((n = e.memoizedState),
              (e.memoizedState = null),
              (e = t.child),
              (dl = 0),
              (l = Cf(t, e, l, c, i, n, !0)),
              dl !== (n === null ? 0 : n.length) && (t.flags |= 32)),
            (t.flags & 4) !== 0 && l
              ? (Pa(t, t.memoizedProps.onUpdate), (Wl = u))
              : u !== null && (u.push.apply(u, Wl), (Wl = u)),
            (kl = (t.flags & 32) !== 0 ? !0 : a);
          break;
        default:
          Ja(l, t);
      }
  }
  function Pl(t, l) {
    if (l.subtreeFlags & 8772) for (l = l.child; l !== null; ) Dd(t, l.alternate, l), (l = l.sibling);
  }
  function Be(t, l) {
    for (t = t.child; t !== null; ) {
      var e = t,
        a = l;
      switch (e.tag) {
        case 0:
        case 11:
        case 14:
        case 15:
          je(4, e, e.return), Be(e, a);
          break;
        case 1:
          el(e, e.return);
          var u = e.stateNode;
          typeof u.componentWillUnmount == 'function' && Sd(e, e.return, u), Be(e, a);
          break;
        case 27:
          (a & 2) !== 0 && B0(e.stateNode, e.type, e.memoizedProps);
        case 5:
          el(e, e.return), (e.tag !== 5 && e.tag !== 27) || Lu(e), Be(e, a);
          break;
        case 6:
          Lu(e);
          break;
        case 26:
          el(e, e.return),
            (u = e.stateNode),
            e.memoizedState !== null || u === null || zt || u.parentNode.removeChild(u),
            Be(e, a);
          break;
        case 22:
          e.memoizedState === null && Be(e, a);
          break;
        case 30:
          el(e, e.return), Be(e, a);
          break;
        case 7:
          el(e, e.return);
        default:
          Be(e, a);
      }
      t = t.sibling;
    }
  }
  function Xl(t, l, e) {
    for (e = (l.subtreeFlags & 8772) !== 0 ? e : e & -2, l = l.child; l !== null; ) {
      var a = l.alternate,
        u = t,
        n = l,
        c = n.flags,
        i = (e & 1) !== 0;
      switch (n.tag) {
        case 0:
        case 11:
        case 15:
          Xl(u, n, e), Qu(4, n);
          break;
        case 1:
          if ((Xl(u, n, e), (a = n), (u = a.stateNode), typeof u.componentDidMount == 'function'))
            try {
              u.componentDidMount();
            } catch (E) {
              Ot(a, a.return, E);
            }
          if (((a = n), (u = a.updateQueue), u !== null)) {
            var s = a.stateNode;
            try {
              var h = u.shared.hiddenCallbacks;
              if (h !== null) for (u.shared.hiddenCallbacks = null, u = 0; u < h.length; u++) nr(h[u], s);
            } catch (E) {
              Ot(a, a.return, E);
            }
          }
          i && c & 64 && gd(n), $l(n, n.return);
          break;
        case 27:
          (e & 2) !== 0 && Ed(n);
        case 5:
          (n.tag !== 5 && n.tag !== 27) || bd(n),
            Xl(u, n, e),
            i && a === null && c & 4 && bf(n),
            $l(n, n.return);
          break;
        case 6:
          bd(n);
          break;
        case 26:
          (s = n.stateNode),
            n.memoizedState !== null || s === null || Wt || ys(ku(s.ownerDocument), n.type, s),
            Xl(u, n, e),
            i && a === null && c & 4 && bf(n),
            $l(n, n.return);
          break;
        case 12:
          Xl(u, n, e);
          break;
        case 31:
          Xl(u, n, e), i && c & 4 && Hd(u, n);
          break;
        case 13:
          Xl(u, n, e), i && c & 4 && xd(u, n);
          break;
        case 22:
          n.memoizedState === null && Xl(u, n, e), $l(n, n.return);
          break;
        case 30:
          Xl(u, n, e), $l(n, n.return);
          break;
        case 7:
          $l(n, n.return);
        default:
          Xl(u, n, e);
      }
      l = l.sibling;
    }
  }
  function pf(t, l) {
    var e = null;
    t !== null &&
      t.memoizedState !== null &&
      t.memoizedState.cachePool !== null &&
      (e = t.memoizedState.cachePool.pool),
      (t = null),
      l.memoizedState !== null && l.memoizedState.cachePool !== null && (t = l.memoizedState.cachePool.pool),
      t !== e && (t != null && t.refCount++, e != null && Mu(e));
  }
  function Hf(t, l) {
    (t = null),
      l.alternate !== null && (t = l.alternate.memoizedState.cache),
      (l = l.memoizedState.cache),
      l !== t && (l.refCount++, t != null && Mu(t));
  }
  function Hl(t, l, e, a) {
    var u = (e & 335544064) === e;
    if (l.subtreeFlags & (u ? 10262 : 10256)) for (l = l.child; l !== null; ) Yd(t, l, e, a), (l = l.sibling);
    else u && Ad(l);
  }
  function Yd(t, l, e, a) {
    var u = (e & 335544064) === e;
    u && l.alternate === null && l.return !== null && l.return.alternate !== null && oc(l);
    var n = l.flags;
    switch (l.tag) {
      case 0:
      case 11:
      case 15:
        Hl(t, l, e, a), n & 2048 && Qu(9, l);
        break;
      case 1:
        Hl(t, l, e, a);
        break;
      case 3:
        Hl(t, l, e, a),
          u &&
            Df &&
            ((t = t.containerInfo),
            (t = t.nodeType === 9 ? t.body : t.nodeName === 'HTML' ? t.ownerDocument.body : t),
            t.style.viewTransitionName === 'root' && (t.style.viewTransitionName = ''),
            (t = t.ownerDocument.documentElement),
            t !== null && t.style.viewTransitionName === 'none' && (t.style.viewTransitionName = '')),
          n & 2048 &&
            ((n = null),
            l.alternate !== null && (n = l.alternate.memoizedState.cache),
            (l = l.memoizedState.cache),
            l !== n && (l.refCount++, n != null && Mu(n)));
        break;
      case 12:
        if (n & 2048) {
          Hl(t, l, e, a), (n = l.stateNode);
          try {
            var c = l.memoizedProps,
              i = c.id,
              s = c.onPostCommit;
            typeof s == 'function' &&
              s(i, l.alternate === null ? 'mount' : 'update', n.passiveEffectDuration, -0);
          } catch (h) {
            Ot(l, l.return, h);
          }
        } else Hl(t, l, e, a);
        break;
      case 31:
        Hl(t, l, e, a);
        break;
      case 13:
        Hl(t, l, e, a);
        break;
      case 23:
        break;
      case 22:
        (c = l.stateNode),
          (i = l.alternate),
          l.memoizedState !== null
            ? (u && i !== null && i.memoizedState === null && oc(i),
              c._visibility & 2 ? Hl(t, l, e, a) : Zu(t, l))
            : (u && i !== null && i.memoizedState !== null && oc(l),
              c._visibility & 2
                ? Hl(t, l, e, a)
                : ((c._visibility |= 2), wa(t, l, e, a, (l.subtreeFlags & 10256) !== 0 || !1))),
          n & 2048 && pf(i, l);
        break;
      case 24:
        Hl(t, l, e, a), n & 2048 && Hf(l.alternate, l);
        break;
      case 30:
        u && ((n = l.alternate), n !== null && (Fl(n.child, !0), Fl(l.child, !0))), Hl(t, l, e, a);
        break;
      default:
        Hl(t, l, e, a);
    }
  }
  function wa(t, l, e, a, u) {
    for (u = u && ((l.subtreeFlags & 10256) !== 0 || !1), l = l.child; l !== null; ) {
      var n = t,
        c = l,
        i = e,
        s = a,
        h = c.flags;
      switch (c.tag) {
        case 0:
        case 11:
        case 15:
          wa(n, c, i, s, u), Qu(8, c);
          break;
        case 23:
          break;
        case 22:
          var E = c.stateNode;
          c.memoizedState !== null
            ? E._visibility & 2
              ? wa(n, c, i, s, u)
              : Zu(n, c)
            : ((E._visibility |= 2), wa(n, c, i, s, u)),
            u && h & 2048 && pf(c.alternate, c);
          break;
        case 24:
          wa(n, c, i, s, u), u && h & 2048 && Hf(c.alternate, c);
          break;
        default:
          wa(n, c, i, s, u);
      }
      l = l.sibling;
    }
  }
  function Zu(t, l) {
    if (l.subtreeFlags & 10256)
      for (l = l.child; l !== null; ) {
        var e = t,
          a = l,
          u = a.flags;
        switch (a.tag) {
          case 22:
            Zu(e, a), u & 2048 && pf(a.alternate, a);
            break;
          case 24:
            Zu(e, a), u & 2048 && Hf(a.alternate, a);
            break;
          default:
            Zu(e, a);
        }
        l = l.sibling;
      }
  }
  var va = 8192;
  function ya(t, l, e) {
    if (t.subtreeFlags & va) for (t = t.child; t !== null; ) Gd(t, l, e), (t = t.sibling);
  }
  function Gd(t, l, e) {
    switch (t.tag) {
      case 26:
        ya(t, l, e),
          t.flags & va &&
            (t.memoizedState !== null
              ? Th(e, Gl, t.memoizedState, t.memoizedProps)
              : ((t = t.stateNode), (l & 335544128) === l && J0(e, t)));
        break;
      case 5:
        ya(t, l, e), t.flags & va && ((t = t.stateNode), (l & 335544128) === l && J0(e, t));
        break;
      case 3:
      case 4:
        var a = Gl;
        (Gl = ku(t.stateNode.containerInfo)), ya(t, l, e), (Gl = a);
        break;
      case 22:
        t.memoizedState === null &&
          ((a = t.alternate),
          a !== null && a.memoizedState !== null
            ? ((a = va), (va = 16777216), ya(t, l, e), (va = a))
            : ya(t, l, e));
        break;
      case 30:
        if ((t.flags & va) !== 0 && ((a = t.memoizedProps.name), a != null && a !== 'auto')) {
          var u = t.stateNode;
          (u.paired = null), _l === null && (_l = new Map()), _l.set(a, u);
        }
        ya(t, l, e);
        break;
      default:
        ya(t, l, e);
    }
  }
  function Xd(t) {
    var l = t.alternate;
    if (l !== null && ((t = l.child), t !== null)) {
      l.child = null;
      do (l = t.sibling), (t.sibling = null), (t = l);
      while (t !== null);
    }
  }
  function Ku(t) {
    var l = t.deletions;
    if ((t.flags & 16) !== 0) {
      if (l !== null)
        for (var e = 0; e < l.length; e++) {
          var a = l[e];
          (Ft = a), Ld(a, t);
        }
      Xd(t);
    }
    if (t.subtreeFlags & 10256) for (t = t.child; t !== null; ) Qd(t), (t = t.sibling);
  }
  function Qd(t) {
    switch (t.tag) {
      case 0:
      case 11:
      case 15:
        Ku(t), t.flags & 2048 && je(9, t, t.return);
        break;
      case 3:
        Ku(t);
        break;
      case 12:
        Ku(t);
        break;
      case 22:
        var l = t.stateNode;
        t.memoizedState !== null && l._visibility & 2 && (t.return === null || t.return.tag !== 13)
          ? ((l._visibility &= -3), vc(t))
          : Ku(t);
        break;
      default:
        Ku(t);
    }
  }
  function vc(t) {
    var l = t.deletions;
    if ((t.flags & 16) !== 0) {
      if (l !== null)
        for (var e = 0; e < l.length; e++) {
          var a = l[e];
          (Ft = a), Ld(a, t);
        }
      Xd(t);
    }
    for (t = t.child; t !== null; ) {
      switch (((l = t), l.tag)) {
        case 0:
        case 11:
        case 15:
          je(8, l, l.return), vc(l);
          break;
        case 22:
          (e = l.stateNode), e._visibility & 2 && ((e._visibility &= -3), vc(l));
          break;
        default:
          vc(l);
      }
      t = t.sibling;
    }
  }
  function Ld(t, l) {
    for (; Ft !== null; ) {
      var e = Ft;
      switch (e.tag) {
        case 0:
        case 11:
        case 15:
          je(8, e, l);
          break;
        case 23:
        case 22:
          if (e.memoizedState !== null && e.memoizedState.cachePool !== null) {
            var a = e.memoizedState.cachePool.pool;
            a != null && a.refCount++;
          }
          break;
        case 24:
          Mu(e.memoizedState.cache);
      }
      if (((a = e.child), a !== null)) (a.return = e), (Ft = a);
      else
        for (e = t; Ft !== null; ) {
          a = Ft;
          var u = a.sibling,
            n = a.return;
          if ((Ud(a), a === e)) {
            Ft = null;
            break;
          }
          if (u !== null) {
            (u.return = n), (Ft = u);
            break;
          }
          Ft = n;
        }
    }
  }
  var yy = {
      getCacheForType: (t) => {
        var l = Pt(Lt),
          e = l.data.get(t);
        return (e === void 0 && ((e = t()), l.data.set(t, e)), e);
      },
      cacheSignal: () => Pt(Lt).controller.signal,
    },
    hy = typeof WeakMap == 'function' ? WeakMap : Map,
    Et = 0,
    Rt = null,
    st = null,
    rt = 0,
    Nt = 0,
    zl = null,
    qe = !1,
    $a = !1,
    xf = !1,
    ge = 0,
    Xt = 0,
    Ye = 0,
    ha = 0,
    yc = 0,
    Nl = 0,
    Wa = 0,
    Ju = null,
    vl = null,
    jf = !1,
    hc = 0,
    Vd = 0,
    gc = 1 / 0,
    Sc = null,
    Ge = null,
    Yt = 0,
    Ql = null,
    ga = null,
    te = 0,
    Bf = 0,
    qf = null,
    Zd = null,
    Fa = null,
    Ia = null,
    ka = null,
    wu = 0,
    bc = null;
  function Ol() {
    return (Et & 2) !== 0 && rt !== 0 ? rt & -rt : Z.T !== null ? wf() : Js();
  }
  function Kd() {
    if (Nl === 0)
      if ((rt & 536870912) === 0 || it) {
        var t = mn;
        (mn <<= 1), (mn & 3932160) === 0 && (mn = 262144), (Nl = t);
      } else Nl = 536870912;
    return ((t = tl.current), t !== null && (t.flags |= 32), Nl);
  }
  function Pa(t, l) {
    if (l != null) {
      var e = t.stateNode,
        a = e.ref;
      a === null && (a = e.ref = O0(ie(t.memoizedProps, e))),
        Ia === null && (Ia = []),
        Ia.push(l.bind(null, a));
    }
  }
  function yl(t, l, e) {
    ((t === Rt && (Nt === 2 || Nt === 9)) || t.cancelPendingCommit !== null) && (tu(t, 0), Xe(t, rt, Nl, !1)),
      vu(t, e),
      ((Et & 2) === 0 || t !== Rt) &&
        (t === Rt && ((Et & 2) === 0 && (ha |= e), Xt === 4 && Xe(t, rt, Nl, !1)), le(t));
  }
  function Jd(t, l, e) {
    if ((Et & 6) !== 0) throw Error(o(327));
    var a = (!e && (l & 127) === 0 && (l & t.expiredLanes) === 0) || mu(t, l),
      u = a ? by(t, l) : Gf(t, l, !0),
      n = a;
    do {
      if (u === 0) {
        $a && !a && Xe(t, l, 0, !1);
        break;
      } else {
        if (((e = t.current.alternate), n && !gy(e))) {
          (u = Gf(t, l, !1)), (n = !1);
          continue;
        }
        if (u === 2) {
          if (((n = l), t.errorRecoveryDisabledLanes & n)) var c = 0;
          else (c = t.pendingLanes & -536870913), (c = c !== 0 ? c : c & 536870912 ? 536870912 : 0);
          if (c !== 0) {
            l = c;
            t: {
              var i = t;
              u = Ju;
              var s = i.current.memoizedState.isDehydrated;
              if ((s && (tu(i, c).flags |= 256), (c = Gf(i, c, !1)), c !== 2 && c !== 6)) {
                if (xf && !s) {
                  (i.errorRecoveryDisabledLanes |= n), (ha |= n), (u = 4);
                  break t;
                }
                (n = vl), (vl = u), n !== null && (vl === null ? (vl = n) : vl.push.apply(vl, n));
              }
              u = c;
            }
            if (((n = !1), u !== 2)) continue;
          }
        }
        if (u === 1) {
          tu(t, 0), Xe(t, l, 0, !0);
          break;
        }
        t: {
          switch (((a = t), (n = u), n)) {
            case 0:
            case 1:
              throw Error(o(345));
            case 4:
              if ((l & 4194048) !== l && (l & 62914560) !== l) break;
            case 6:
              Xe(a, l, Nl, !qe);
              break t;
            case 2:
              vl = null;
              break;
            case 3:
            case 5:
              break;
            default:
              throw Error(o(329));
          }
          if ((l & 62914560) === l && ((u = hc + 300 - hl()), 10 < u)) {
            if ((Xe(a, l, Nl, !qe), yn(a, 0, !0) !== 0)) break t;
            (te = l),
              (a.timeoutHandle = us(
                wd.bind(null, a, e, vl, Sc, jf, l, Nl, ha, Wa, qe, n, 'Throttled', -0, 0),
                u,
              ));
            break t;
          }
          wd(a, e, vl, Sc, jf, l, Nl, ha, Wa, qe, n, null, -0, 0);
        }
      }
      break;
    } while (!0);
    le(t);
  }
  function wd(t, l, e, a, u, n, c, i, s, h, E, C, m, T) {
    t.timeoutHandle = -1;
    var Y = l.subtreeFlags,
      L = (n & 335544064) === n;
    if (
      ((C = null),
      (L || Y & 8192 || (Y & 16785408) === 16785408) &&
        ((C = {
          stylesheets: null,
          count: 0,
          imgCount: 0,
          imgBytes: 0,
          suspenseyImages: [],
          waitingForImages: !0,
          waitingForViewTransition: !1,
          unsuspend: Kl,
        }),
        (_l = null),
        Gd(l, n, C),
        L &&
          ((Y = C),
          (L = t.containerInfo),
          (L = (L.nodeType === 9 ? L : L.ownerDocument).__reactViewTransition),
          L != null &&
            (Y.count++, (Y.waitingForViewTransition = !0), (Y = ln.bind(Y)), L.finished.then(Y, Y))),
        (Y = (n & 62914560) === n ? hc - hl() : (n & 4194048) === n ? Vd - hl() : 0),
        (Y = Eh(C, Y)),
        Y !== null))
    ) {
      (te = n),
        (t.cancelPendingCommit = Y(l0.bind(null, t, l, n, e, a, u, c, i, s, h, E, C, null, m, T))),
        Xe(t, n, c, !h);
      return;
    }
    l0(t, l, n, e, a, u, c, i, s, h, E, C);
  }
  function gy(t) {
    for (var l = t; ; ) {
      var e = l.tag;
      if (
        (e === 0 || e === 11 || e === 15) &&
        l.flags & 16384 &&
        ((e = l.updateQueue), e !== null && ((e = e.stores), e !== null))
      )
        for (var a = 0; a < e.length; a++) {
          var u = e[a],
            n = u.getSnapshot;
          u = u.value;
          try {
            if (!Tl(n(), u)) return !1;
          } catch {
            return !1;
          }
        }
      if (((e = l.child), l.subtreeFlags & 16384 && e !== null)) (e.return = l), (l = e);
      else {
        if (l === t) break;
        for (; l.sibling === null; ) {
          if (l.return === null || l.return === t) return !0;
          l = l.return;
        }
        (l.sibling.return = l.return), (l = l.sibling);
      }
    }
    return !0;
  }
  function Xe(t, l, e, a) {
    (l = Qs(t, l)),
      (l &= ~yc),
      (l &= ~ha),
      (t.suspendedLanes |= l),
      (t.pingedLanes &= ~l),
      a && (t.warmLanes |= l),
      (a = t.expirationTimes);
    for (var u = l; 0 < u; ) {
      var n = 31 - Sl(u),
        c = 1 << n;
      (a[n] = -1), (u &= ~c);
    }
    e !== 0 && Vs(t, e, l);
  }
  function Tc() {
    return (Et & 6) === 0 ? ($u(0), !1) : !0;
  }
  function Yf() {
    if (st !== null) {
      if (Nt === 0) var t = st.return;
      else (t = st), (re = ua = null), Ki(t), (Xa = null), (Uu = 0), (t = st);
      for (; t !== null; ) hd(t.alternate, t), (t = t.return);
      st = null;
    }
  }
  function tu(t, l) {
    var e = t.timeoutHandle;
    return (
      e !== -1 && ((t.timeoutHandle = -1), Qy(e)),
      (e = t.cancelPendingCommit),
      e !== null && ((t.cancelPendingCommit = null), e()),
      (te = 0),
      Yf(),
      (Rt = t),
      (st = e = se(t.current, null)),
      (rt = l),
      (Nt = 0),
      (zl = null),
      (qe = !1),
      ($a = mu(t, l)),
      (xf = !1),
      (Wa = Nl = yc = ha = Ye = Xt = 0),
      (vl = Ju = null),
      (jf = !1),
      (ge = Qs(t, l)),
      Mn(),
      e
    );
  }
  function $d(t, l) {
    (ut = null),
      (Z.H = Pn),
      l === Ga || l === Gn
        ? ((l = lr()), (Nt = 3))
        : l === pi
          ? ((l = lr()), (Nt = 4))
          : (Nt = l === cf ? 8 : l !== null && typeof l == 'object' && typeof l.then == 'function' ? 6 : 1),
      (zl = l),
      st === null && ((Xt = 1), tc(t, Dl(l, t.current)));
  }
  function Wd() {
    var t = tl.current;
    return t === null
      ? !0
      : (rt & 4194048) === rt
        ? nl === null
        : (rt & 62914560) === rt || (rt & 536870912) !== 0
          ? t === nl
          : !1;
  }
  function Fd() {
    var t = Z.H;
    return ((Z.H = Pn), t === null ? Pn : t);
  }
  function Id() {
    var t = Z.A;
    return ((Z.A = yy), t);
  }
  function Ec() {
    (Xt = 4),
      qe || ((rt & 4194048) !== rt && tl.current !== null) || ($a = !0),
      ((Ye & 134217727) === 0 && (ha & 134217727) === 0) || Rt === null || Xe(Rt, rt, Nl, !1);
  }
  function Gf(t, l, e) {
    var a = Et;
    Et |= 2;
    var u = Fd(),
      n = Id();
    (Rt !== t || rt !== l) && ((Sc = null), tu(t, l)), (l = !1);
    var c = Xt;
    t: do
      try {
        if (Nt !== 0 && st !== null) {
          var i = st,
            s = zl;
          switch (Nt) {
            case 8:
              Yf(), (c = 6);
              break t;
            case 3:
            case 2:
            case 9:
            case 6:
              tl.current === null && (l = !0);
              var h = Nt;
              if (((Nt = 0), (zl = null), lu(t, i, s, h), e && $a)) {
                c = 0;
                break t;
              }
              break;
            default:
              (h = Nt), (Nt = 0), (zl = null), lu(t, i, s, h);
          }
        }
        Sy(), (c = Xt);
        break;
      } catch (E) {
        $d(t, E);
      }
    while (!0);
    return (
      l && t.shellSuspendCounter++,
      (re = ua = null),
      (Et = a),
      (Z.H = u),
      (Z.A = n),
      st === null && ((Rt = null), (rt = 0), Mn()),
      c
    );
  }
  function Sy() {
    for (; st !== null; ) kd(st);
  }
  function by(t, l) {
    var e = Et;
    Et |= 2;
    var a = Fd(),
      u = Id();
    Rt !== t || rt !== l ? ((Sc = null), (gc = hl() + 500), tu(t, l)) : ($a = mu(t, l));
    t: do
      try {
        if (Nt !== 0 && st !== null) {
          l = st;
          var n = zl;
          l: switch (Nt) {
            case 1:
              (Nt = 0), (zl = null), lu(t, l, n, 1);
              break;
            case 2:
            case 9:
              if (Po(n)) {
                (Nt = 0), (zl = null), Pd(l);
                break;
              }
              (l = () => {
                (Nt !== 2 && Nt !== 9) || Rt !== t || (Nt = 7), le(t);
              }),
                n.then(l, l);
              break t;
            case 3:
              Nt = 7;
              break t;
            case 4:
              Nt = 5;
              break t;
            case 7:
              Po(n) ? ((Nt = 0), (zl = null), Pd(l)) : ((Nt = 0), (zl = null), lu(t, l, n, 7));
              break;
            case 5:
              var c = null;
              switch (st.tag) {
                case 26:
                  c = st.memoizedState;
                case 5:
                case 27:
                  var i = st;
                  if (c ? Z0(c) : i.stateNode.complete) {
                    (Nt = 0), (zl = null);
                    var s = i.sibling;
                    if (s !== null) st = s;
                    else {
                      var h = i.return;
                      h !== null ? ((st = h), _c(h)) : (st = null);
                    }
                    break l;
                  }
              }
              (Nt = 0), (zl = null), lu(t, l, n, 5);
              break;
            case 6:
              (Nt = 0), (zl = null), lu(t, l, n, 6);
              break;
            case 8:
              Yf(), (Xt = 6);
              break t;
            default:
              throw Error(o(462));
          }
        }
        Ty();
        break;
      } catch (E) {
        $d(t, E);
      }
    while (!0);
    return (
      (re = ua = null), (Z.H = a), (Z.A = u), (Et = e), st !== null ? 0 : ((Rt = null), (rt = 0), Mn(), Xt)
    );
  }
  function Ty() {
    for (; st !== null && !qm(); ) kd(st);
  }
  function kd(t) {
    var l = vd(t.alternate, t, ge);
    (t.memoizedProps = t.pendingProps), l === null ? _c(t) : (st = l);
  }
  function Pd(t) {
    var l = t,
      e = l.alternate;
    switch (l.tag) {
      case 15:
      case 0:
        l = id(e, l, l.pendingProps, l.type, void 0, rt);
        break;
      case 11:
        l = id(e, l, l.pendingProps, l.type.render, l.ref, rt);
        break;
      case 5:
        Ki(l);
        var a = l;
        a === $t &&
          (it ? (xn(a), a.tag === 5 && a.stateNode != null && (Ht = a.stateNode)) : (xn(a), (it = !0)));
      default:
        hd(e, l), (l = st = Lo(l, ge)), (l = vd(e, l, ge));
    }
    (t.memoizedProps = t.pendingProps), l === null ? _c(t) : (st = l);
  }
  function lu(t, l, e, a) {
    (re = ua = null), Ki(l), (Xa = null), (Uu = 0);
    var u = l.return;
    try {
      if (iy(t, u, l, e, rt)) {
        (Xt = 1), tc(t, Dl(e, t.current)), (st = null);
        return;
      }
    } catch (n) {
      if (u !== null) throw ((st = u), n);
      (Xt = 1), tc(t, Dl(e, t.current)), (st = null);
      return;
    }
    l.flags & 32768
      ? (it || a === 1
          ? (t = !0)
          : $a || (rt & 536870912) !== 0
            ? (t = !1)
            : ((qe = t = !0),
              (a === 2 || a === 9 || a === 3 || a === 6) &&
                ((a = tl.current), a !== null && a.tag === 13 && (a.flags |= 16384))),
        t0(l, t))
      : _c(l);
  }
  function _c(t) {
    var l = t;
    do {
      if ((l.flags & 32768) !== 0) {
        t0(l, qe);
        return;
      }
      t = l.return;
      var e = ry(l.alternate, l, ge);
      if (e !== null) {
        st = e;
        return;
      }
      if (((l = l.sibling), l !== null)) {
        st = l;
        return;
      }
      st = l = t;
    } while (l !== null);
    Xt === 0 && (Xt = 5);
  }
  function t0(t, l) {
    do {
      var e = dy(t.alternate, t);
      if (e !== null) {
        (e.flags &= 32767), (st = e);
        return;
      }
      if (
        ((e = t.return),
        e !== null && ((e.flags |= 32768), (e.subtreeFlags = 0), (e.deletions = null)),
        !l && ((t = t.sibling), t !== null))
      ) {
        st = t;
        return;
      }
      st = t = e;
    } while (t !== null);
    (Xt = 6), (st = null);
  }
  function l0(t, l, e, a, u, n, c, i, s, h, E, C) {
    t.cancelPendingCommit = null;
    do zc();
    while (Yt !== 0);
    if ((Et & 6) !== 0) throw Error(o(327));
    if (l !== null) {
      if (l === t.current) throw Error(o(177));
      t === Rt && ((st = Rt = null), (rt = 0)),
        (ga = l),
        (Ql = t),
        (te = e),
        (qf = u),
        (Zd = a),
        Ey(t, l, e, c, i, s, C);
    }
  }
  function Ey(t, l, e, a, u, n, c) {
    var i = l.lanes | l.childLanes;
    if (
      ((Bf = i),
      (i |= bi),
      wm(t, e, i, a, u, n),
      (Ia = null),
      (e & 335544064) === e ? ((ka = Wv(t)), (a = 10262)) : ((ka = null), (a = 10256)),
      (l.subtreeFlags & a) !== 0 || (l.flags & a) !== 0
        ? ((t.callbackNode = null), (t.callbackPriority = 0), Cy(rn, () => (Vf(), null)))
        : ((t.callbackNode = null), (t.callbackPriority = 0)),
      (fc = !1),
      (a = (l.flags & 13878) !== 0),
      (l.subtreeFlags & 13878) !== 0 || a)
    ) {
      (a = Z.T), (Z.T = null), (u = lt.p), (lt.p = 2), (n = Et), (Et |= 4);
      try {
        my(t, l, e);
      } finally {
        (Et = n), (lt.p = u), (Z.T = a);
      }
    }
    (Yt = 1), fc ? (Fa = wy(c, t.containerInfo, ka, Xf, Qf, zy, Lf, Vf, _y)) : (Xf(), Qf(), Lf());
  }
  function _y(t) {
    if (Yt !== 0) {
      var l = Ql.onRecoverableError;
      l(t, { componentStack: null });
    }
  }
  function zy() {
    Yt === 3 && ((Yt = 0), qd(ga, Ql), (Yt = 4));
  }
  function Xf() {
    if (Yt === 1) {
      Yt = 0;
      var t = Ql,
        l = ga,
        e = te,
        a = (l.flags & 13878) !== 0;
      if ((l.subtreeFlags & 13878) !== 0 || a) {
        (a = Z.T), (Z.T = null);
        var u = lt.p;
        lt.p = 2;
        var n = Et;
        Et |= 4;
        try {
          (Vu = rc = !1), jd(l, t, e), (e = ls);
          var c = po(t.containerInfo),
            i = e.focusedElem,
            s = e.selectionRange;
          if (c !== i && i && i.ownerDocument && Uo(i.ownerDocument.documentElement, i)) {
            if (s !== null && vi(i)) {
              var h = s.start,
                E = s.end;
              if ((E === void 0 && (E = h), 'selectionStart' in i))
                (i.selectionStart = h), (i.selectionEnd = Math.min(E, i.value.length));
              else {
                var C = i.ownerDocument || document,
                  m = (C && C.defaultView) || window;
                if (m.getSelection) {
                  var T = m.getSelection(),
                    Y = i.textContent.length,
                    L = Math.min(s.start, Y),
                    nt = s.end === void 0 ? L : Math.min(s.end, Y);
                  !T.extend && L > nt && ((c = nt), (nt = L), (L = c));
                  var v = Ro(i, L),
                    r = Ro(i, nt);
                  if (
                    v &&
                    r &&
                    (T.rangeCount !== 1 ||
                      T.anchorNode !== v.node ||
                      T.anchorOffset !== v.offset ||
                      T.focusNode !== r.node ||
                      T.focusOffset !== r.offset)
                  ) {
                    var b = C.createRange();
                    b.setStart(v.node, v.offset),
                      T.removeAllRanges(),
                      L > nt
                        ? (T.addRange(b), T.extend(r.node, r.offset))
                        : (b.setEnd(r.node, r.offset), T.addRange(b));
                  }
                }
              }
            }
            for (C = [], T = i; (T = T.parentNode); )
              T.nodeType === 1 && C.push({ element: T, left: T.scrollLeft, top: T.scrollTop });
            for (typeof i.focus == 'function' && i.focus(), i = 0; i < C.length; i++) {
              var A = C[i];
              (A.element.scrollLeft = A.left), (A.element.scrollTop = A.top);
            }
          }
          (su = !!ts), (ls = ts = null);
        } finally {
          (Et = n), (lt.p = u), (Z.T = a);
        }
      }
      (t.current = l), (Yt = 2);
    }
  }
  function Qf() {
    if (Yt === 2) {
      Yt = 0;
      var t = Ql,
        l = ga,
        e = (l.flags & 8772) !== 0;
      if ((l.subtreeFlags & 8772) !== 0 || e) {
        (e = Z.T), (Z.T = null);
        var a = lt.p;
        lt.p = 2;
        var u = Et;
        Et |= 4;
        try {
          Dd(t, l.alternate, l);
        } finally {
          (Et = u), (lt.p = a), (Z.T = e);
        }
      }
      Yt = 3;
    }
  }
  function Lf() {
    if (Yt === 4 || Yt === 3) {
      Yt = 0;
      var t = Fa;
      (Fa = null), Ym();
      var l = Ql,
        e = ga,
        a = te,
        u = Zd,
        n = (a & 335544064) === a ? 10262 : 10256;
      if (
        ((e.subtreeFlags & n) !== 0 || (e.flags & n) !== 0
          ? (Yt = 5)
          : ((Yt = 0), (ga = Ql = null), e0(l, l.pendingLanes)),
        (n = l.pendingLanes),
        n === 0 && (Ge = null),
        Fc(a),
        (e = e.stateNode),
        gl && typeof gl.onCommitFiberRoot == 'function')
      )
        try {
          gl.onCommitFiberRoot(du, e, void 0, (e.current.flags & 128) === 128);
        } catch {}
      if (u !== null) {
        (e = Z.T), (n = lt.p), (lt.p = 2), (Z.T = null);
        try {
          for (var c = l.onRecoverableError, i = 0; i < u.length; i++) {
            var s = u[i];
            c(s.value, { componentStack: s.stack });
          }
        } finally {
          (Z.T = e), (lt.p = n);
        }
      }
      if (((u = Ia), (c = ka), (ka = null), u !== null && ((Ia = null), c === null && (c = []), t !== null)))
        for (s = 0; s < u.length; s++) (e = (0, u[s])(c)), e !== void 0 && t.finished.finally(e);
      (te & 3) !== 0 && zc(),
        le(l),
        (n = l.pendingLanes),
        (a & 261930) !== 0 && (n & 42) !== 0
          ? l === bc
            ? wu++
            : ((wu = 0), (bc = l))
          : ((wu = 0), (bc = null)),
        $u(0);
    }
  }
  function e0(t, l) {
    (t.pooledCacheLanes &= l) === 0 && ((l = t.pooledCache), l != null && ((t.pooledCache = null), Mu(l)));
  }
  function zc() {
    return (Fa !== null && (Fa.skipTransition(), (Fa = null)), Xf(), Qf(), Lf(), Vf());
  }
  function Vf() {
    if (Yt !== 5) return !1;
    var t = Ql,
      l = Bf;
    Bf = 0;
    var e = Fc(te),
      a = Z.T,
      u = lt.p;
    try {
      (lt.p = 32 > e ? 32 : e), (Z.T = null), (e = qf), (qf = null);
      var n = Ql,
        c = te;
      if (((Yt = 0), (ga = Ql = null), (te = 0), (Et & 6) !== 0)) throw Error(o(331));
      var i = Et;
      if (
        ((Et |= 4),
        Qd(n.current),
        Yd(n, n.current, c, e),
        (Et = i),
        $u(0, !1),
        gl && typeof gl.onPostCommitFiberRoot == 'function')
      )
        try {
          gl.onPostCommitFiberRoot(du, n);
        } catch {}
      return !0;
    } finally {
      (lt.p = u), (Z.T = a), e0(t, l);
    }
  }
  function a0(t, l, e) {
    (l = Dl(e, l)), (l = nf(t.stateNode, l, 2)), (t = Ue(t, l, 2)), t !== null && (vu(t, 2), le(t));
  }
  function Ot(t, l, e) {
    if (t.tag === 3) a0(t, t, e);
    else
      for (; l !== null; ) {
        if (l.tag === 3) {
          a0(l, t, e);
          break;
        } else if (l.tag === 1) {
          var a = l.stateNode;
          if (
            typeof l.type.getDerivedStateFromError == 'function' ||
            (typeof a.componentDidCatch == 'function' && (Ge === null || !Ge.has(a)))
          ) {
            (t = Dl(e, t)), (e = Pr(2)), (a = Ue(l, e, 2)), a !== null && (td(e, a, l, t), vu(a, 2), le(a));
            break;
          }
        }
        l = l.return;
      }
  }
  function Zf(t, l, e) {
    var a = t.pingCache;
    if (a === null) {
      a = t.pingCache = new hy();
      var u = new Set();
      a.set(l, u);
    } else (u = a.get(l)), u === void 0 && ((u = new Set()), a.set(l, u));
    u.has(e) || ((xf = !0), u.add(e), (t = Ny.bind(null, t, l, e)), l.then(t, t));
  }
  function Ny(t, l, e) {
    var a = t.pingCache;
    a !== null && a.delete(l),
      (t.pingedLanes |= t.suspendedLanes & e),
      (t.warmLanes &= ~e),
      Rt === t &&
        (rt & e) === e &&
        ((Xt === 4 || (Xt === 3 && (rt & 62914560) === rt && 300 > hl() - hc)) && (Et & 2) === 0
          ? tu(t, 0)
          : (yc |= e),
        Wa === rt && (Wa = 0)),
      le(t);
  }
  function u0(t, l) {
    l === 0 && (l = Ls()), (t = la(t, l)), t !== null && (vu(t, l), le(t));
  }
  function Oy(t) {
    var l = t.memoizedState,
      e = 0;
    l !== null && (e = l.retryLane), u0(t, e);
  }
  function Ay(t, l) {
    var e = 0;
    switch (t.tag) {
      case 31:
      case 13:
        var a = t.stateNode,
          u = t.memoizedState;
        u !== null && (e = u.retryLane);
        break;
      case 19:
        a = t.stateNode;
        break;
      case 22:
        a = t.stateNode._retryCache;
        break;
      default:
        throw Error(o(314));
    }
    a !== null && a.delete(l), u0(t, e);
  }
  function Cy(t, l) {
    return Jc(t, l);
  }
  var eu = null,
    au = null,
    Kf = !1,
    Nc = !1,
    Jf = !1,
    Qe = 0;
  function le(t) {
    t !== au && t.next === null && (au === null ? (eu = au = t) : (au = au.next = t)),
      (Nc = !0),
      Kf || ((Kf = !0), Dy());
  }
  function $u(t, l) {
    if (!Jf && Nc) {
      Jf = !0;
      do
        for (var e = !1, a = eu; a !== null; ) {
          if (t !== 0) {
            var u = a.pendingLanes;
            if (u === 0) var n = 0;
            else {
              var c = a.suspendedLanes,
                i = a.pingedLanes;
              (n = (1 << (31 - Sl(42 | t) + 1)) - 1),
                (n &= u & ~(c & ~i)),
                (n = n & 201326741 ? (n & 201326741) | 1 : n ? n | 2 : 0);
            }
            n !== 0 && ((e = !0), f0(a, n));
          } else
            (n = rt),
              (n = yn(a, a === Rt ? n : 0, a.cancelPendingCommit !== null || a.timeoutHandle !== -1)),
              (n & 3) === 0 || mu(a, n) || ((e = !0), f0(a, n));
          a = a.next;
        }
      while (e);
      Jf = !1;
    }
  }
  function My() {
    n0();
  }
  function n0() {
    Nc = Kf = !1;
    var t = 0;
    Qe !== 0 && Xy() && (t = Qe);
    for (var l = hl(), e = null, a = eu; a !== null; ) {
      var u = a.next,
        n = c0(a, l);
      n === 0
        ? ((a.next = null), e === null ? (eu = u) : (e.next = u), u === null && (au = e))
        : ((e = a), (t !== 0 || (n & 3) !== 0) && (Nc = !0)),
        (a = u);
    }
    (Yt !== 0 && Yt !== 5) || $u(t), Qe !== 0 && (Qe = 0);
  }
  function c0(t, l) {
    for (
      var e = t.suspendedLanes, a = t.pingedLanes, u = t.expirationTimes, n = t.pendingLanes & -62914561;
      0 < n;
    ) {
      var c = 31 - Sl(n),
        i = 1 << c,
        s = u[c];
      s === -1 ? ((i & e) === 0 || (i & a) !== 0) && (u[c] = Jm(i, l)) : s <= l && (t.expiredLanes |= i),
        (n &= ~i);
    }
    if (
      ((l = Rt),
      (e = rt),
      (e = yn(t, t === l ? e : 0, t.cancelPendingCommit !== null || t.timeoutHandle !== -1)),
      (a = t.callbackNode),
      e === 0 || (t === l && (Nt === 2 || Nt === 9)) || t.cancelPendingCommit !== null)
    )
      return (a !== null && a !== null && wc(a), (t.callbackNode = null), (t.callbackPriority = 0));
    if ((e & 3) === 0 || mu(t, e)) {
      if (((l = e & -e), l === t.callbackPriority)) return l;
      switch ((a !== null && wc(a), Fc(e))) {
        case 2:
        case 8:
          e = Gs;
          break;
        case 32:
          e = rn;
          break;
        case 268435456:
          e = Xs;
          break;
        default:
          e = rn;
      }
      return ((a = i0.bind(null, t)), (e = Jc(e, a)), (t.callbackPriority = l), (t.callbackNode = e), l);
    }
    return (a !== null && a !== null && wc(a), (t.callbackPriority = 2), (t.callbackNode = null), 2);
  }
  function i0(t, l) {
    if (Yt !== 0 && Yt !== 5) return ((t.callbackNode = null), (t.callbackPriority = 0), null);
    var e = t.callbackNode;
    if (zc() && t.callbackNode !== e) return null;
    var a = rt;
    return (
      (a = yn(t, t === Rt ? a : 0, t.cancelPendingCommit !== null || t.timeoutHandle !== -1)),
      a === 0
        ? null
        : (Jd(t, a, l), c0(t, hl()), t.callbackNode != null && t.callbackNode === e ? i0.bind(null, t) : null)
    );
  }
  function f0(t, l) {
    if (zc()) return null;
    Jd(t, l, !0);
  }
  function Dy() {
    Ly(() => {
      (Et & 6) !== 0 ? Jc(Ys, My) : n0();
    });
  }
  function wf() {
    if (Qe === 0) {
      var t = ia;
      t === 0 && ((t = dn), (dn <<= 1), (dn & 261888) === 0 && (dn = 256)), (Qe = t);
    }
    return Qe;
  }
  function s0(t) {
    return t == null || typeof t == 'symbol' || typeof t == 'boolean'
      ? null
      : typeof t == 'function'
        ? t
        : Tn(t);
  }
  function Ry(t, l, e, a, u) {
    if (l === 'submit' && e && e.stateNode === u) {
      var n = s0((u[ol] || null).action),
        c = a.submitter;
      c &&
        ((l = (l = c[ol] || null) ? s0(l.formAction) : c.getAttribute('formAction')),
        l !== null && ((n = l), (c = null)));
      var i = new Nn('action', 'action', null, a, u);
      t.push({
        event: i,
        listeners: [
          {
            instance: null,
            listener: () => {
              if (a.defaultPrevented) {
                if (Qe !== 0) {
                  var s = new FormData(u, c);
                  tf(e, { pending: !0, data: s, method: u.method, action: n }, null, s);
                }
              } else
                typeof n == 'function' &&
                  (i.preventDefault(),
                  (s = new FormData(u, c)),
                  tf(e, { pending: !0, data: s, method: u.method, action: n }, n, s));
            },
            currentTarget: u,
          },
        ],
      });
    }
  }
  for (var $f = 0; $f < Si.length; $f++) {
    var Wf = Si[$f],
      Uy = Wf.toLowerCase(),
      py = Wf[0].toUpperCase() + Wf.slice(1);
    ql(Uy, 'on' + py);
  }
  ql(jo, 'onAnimationEnd'),
    ql(Bo, 'onAnimationIteration'),
    ql(qo, 'onAnimationStart'),
    ql('dblclick', 'onDoubleClick'),
    ql('focusin', 'onFocus'),
    ql('focusout', 'onBlur'),
    ql(Qv, 'onTransitionRun'),
    ql(Lv, 'onTransitionStart'),
    ql(Vv, 'onTransitionCancel'),
    ql(Yo, 'onTransitionEnd'),
    Oa('onMouseEnter', ['mouseout', 'mouseover']),
    Oa('onMouseLeave', ['mouseout', 'mouseover']),
    Oa('onPointerEnter', ['pointerout', 'pointerover']),
    Oa('onPointerLeave', ['pointerout', 'pointerover']),
    ke('onChange', 'change click focusin focusout input keydown keyup selectionchange'.split(' ')),
    ke(
      'onSelect',
      'focusout contextmenu dragend focusin keydown keyup mousedown mouseup selectionchange'.split(' '),
    ),
    ke('onBeforeInput', ['compositionend', 'keypress', 'textInput', 'paste']),
    ke('onCompositionEnd', 'compositionend focusout keydown keypress keyup mousedown'.split(' ')),
    ke('onCompositionStart', 'compositionstart focusout keydown keypress keyup mousedown'.split(' ')),
    ke('onCompositionUpdate', 'compositionupdate focusout keydown keypress keyup mousedown'.split(' '));
  var Wu =
      'abort canplay canplaythrough durationchange emptied encrypted ended error loadeddata loadedmetadata loadstart pause play playing progress ratechange resize seeked seeking stalled suspend timeupdate volumechange waiting'.split(
        ' ',
      ),
    Hy = new Set('beforetoggle cancel close invalid load scroll scrollend toggle'.split(' ').concat(Wu));
  function o0(t, l) {
    l = (l & 4) !== 0;
    for (var e = 0; e < t.length; e++) {
      var a = t[e],
        u = a.event;
      a = a.listeners;
      t: {
        var n = void 0;
        if (l)
          for (var c = a.length - 1; 0 <= c; c--) {
            var i = a[c],
              s = i.instance,
              h = i.currentTarget;
            if (((i = i.listener), s !== n && u.isPropagationStopped())) break t;
            (n = i), (u.currentTarget = h);
            try {
              n(u);
            } catch (E) {
              Cn(E);
            }
            (u.currentTarget = null), (n = s);
          }
        else
          for (c = 0; c < a.length; c++) {
            if (
              ((i = a[c]),
              (s = i.instance),
              (h = i.currentTarget),
              (i = i.listener),
              s !== n && u.isPropagationStopped())
            )
              break t;
            (n = i), (u.currentTarget = h);
            try {
              n(u);
            } catch (E) {
              Cn(E);
            }
            (u.currentTarget = null), (n = s);
          }
      }
    }
  }
  function ot(t, l) {
    var e = l[$s];
    e === void 0 && (e = l[$s] = new Set());
    var a = t + '__bubble';
    e.has(a) || (r0(l, t, 2, !1), e.add(a));
  }
  function Ff(t, l, e) {
    var a = 0;
    l && (a |= 4), r0(e, t, a, l);
  }
  var Oc = '_reactListening' + Math.random().toString(36).slice(2);
  function If(t) {
    if (!t[Oc]) {
      (t[Oc] = !0),
        Is.forEach((e) => {
          e !== 'selectionchange' && (Hy.has(e) || Ff(e, !1, t), Ff(e, !0, t));
        });
      var l = t.nodeType === 9 ? t : t.ownerDocument;
      l === null || l[Oc] || ((l[Oc] = !0), Ff('selectionchange', !1, l));
    }
  }
  function r0(t, l, e, a) {
    switch (tm(l)) {
      case 2:
        var u = Oh;
        break;
      case 8:
        u = Ah;
        break;
      default:
        u = gs;
    }
    (e = u.bind(null, l, e, t)),
      (u = void 0),
      !ui || (l !== 'touchstart' && l !== 'touchmove' && l !== 'wheel') || (u = !0),
      a
        ? u !== void 0
          ? t.addEventListener(l, e, { capture: !0, passive: u })
          : t.addEventListener(l, e, !0)
        : u !== void 0
          ? t.addEventListener(l, e, { passive: u })
          : t.addEventListener(l, e, !1);
  }
  function kf(t, l, e, a, u) {
    var n = a;
    if ((l & 1) === 0 && (l & 2) === 0 && a !== null)
      t: for (;;) {
        if (a === null) return;
        var c = a.tag;
        if (c === 3 || c === 4) {
          var i = a.stateNode.containerInfo;
          if (i === u) break;
          if (c === 4)
            for (c = a.return; c !== null; ) {
              var s = c.tag;
              if ((s === 3 || s === 4) && c.stateNode.containerInfo === u) return;
              c = c.return;
            }
          for (; i !== null; ) {
            if (((c = Ie(i)), c === null)) return;
            if (((s = c.tag), s === 5 || s === 6 || s === 26 || s === 27)) {
              a = n = c;
              continue t;
            }
            i = i.parentNode;
          }
        }
        a = a.return;
      }
    oo(() => {
      var h = n,
        E = ei(e),
        C = [];
      t: {
        var m = Go.get(t);
        if (m !== void 0) {
          var T = Nn,
            Y = t;
          switch (t) {
            case 'keypress':
              if (_n(e) === 0) break t;
            case 'keydown':
            case 'keyup':
              T = gv;
              break;
            case 'focusin':
              (Y = 'focus'), (T = fi);
              break;
            case 'focusout':
              (Y = 'blur'), (T = fi);
              break;
            case 'beforeblur':
            case 'afterblur':
              T = fi;
              break;
            case 'click':
              if (e.button === 2) break t;
            case 'auxclick':
            case 'dblclick':
            case 'mousedown':
            case 'mousemove':
            case 'mouseup':
            case 'mouseout':
            case 'mouseover':
            case 'contextmenu':
              T = vo;
              break;
            case 'drag':
            case 'dragend':
            case 'dragenter':
            case 'dragexit':
            case 'dragleave':
            case 'dragover':
            case 'dragstart':
            case 'drop':
              T = nv;
              break;
            case 'touchcancel':
            case 'touchend':
            case 'touchmove':
            case 'touchstart':
              T = _v;
              break;
            case jo:
            case Bo:
            case qo:
              T = fv;
              break;
            case Yo:
              T = Nv;
              break;
            case 'scroll':
            case 'scrollend':
              T = av;
              break;
            case 'wheel':
              T = Av;
              break;
            case 'copy':
            case 'cut':
            case 'paste':
              T = ov;
              break;
            case 'gotpointercapture':
            case 'lostpointercapture':
            case 'pointercancel':
            case 'pointerdown':
            case 'pointermove':
            case 'pointerout':
            case 'pointerover':
            case 'pointerup':
              T = ho;
              break;
            case 'submit':
              T = Tv;
              break;
            case 'toggle':
            case 'beforetoggle':
              T = Mv;
          }
          var L = (l & 4) !== 0,
            nt = !L && (t === 'scroll' || t === 'scrollend'),
            v = L ? (m !== null ? m + 'Capture' : null) : m;
          L = [];
          for (var r = h, b; r !== null; ) {
            var A = r;
            if (
              ((b = A.stateNode),
              (A = A.tag),
              (A !== 5 && A !== 26 && A !== 27) ||
                b === null ||
                v === null ||
                ((A = gu(r, v)), A != null && L.push(Fu(r, A, b))),
              nt)
            )
              break;
            r = r.return;
          }
          0 < L.length && ((m = new T(m, Y, null, e, E)), C.push({ event: m, listeners: L }));
        }
      }
      if ((l & 7) === 0) {
        t: {
          if (
            ((T = t === 'mouseover' || t === 'pointerover'),
            (m = t === 'mouseout' || t === 'pointerout'),
            T && e !== li && (Y = e.relatedTarget || e.fromElement) && (Ie(Y) || Y[_a]))
          )
            break t;
          (m || T) &&
            ((Y = E.window === E ? E : (T = E.ownerDocument) ? T.defaultView || T.parentWindow : window),
            m
              ? ((T = e.relatedTarget || e.toElement),
                (m = h),
                (T = T ? Ie(T) : null),
                T !== null &&
                  ((nt = O(T)), (L = T.tag), T !== nt || (L !== 5 && L !== 27 && L !== 6)) &&
                  (T = null))
              : ((m = null), (T = h)),
            m !== T &&
              ((L = vo),
              (A = 'onMouseLeave'),
              (v = 'onMouseEnter'),
              (r = 'mouse'),
              (t === 'pointerout' || t === 'pointerover') &&
                ((L = ho), (A = 'onPointerLeave'), (v = 'onPointerEnter'), (r = 'pointer')),
              (nt = m == null ? Y : hu(m)),
              (b = T == null ? Y : hu(T)),
              (Y = new L(A, r + 'leave', m, e, E)),
              (Y.target = nt),
              (Y.relatedTarget = b),
              (A = null),
              Ie(E) === h &&
                ((L = new L(v, r + 'enter', T, e, E)), (L.target = b), (L.relatedTarget = nt), (A = L)),
              (nt = A),
              (L = m && T ? B(m, T, xy) : null),
              m !== null && d0(C, Y, m, L, !1),
              T !== null && nt !== null && d0(C, nt, T, L, !0)));
        }
        t: {
          if (
            ((m = h ? hu(h) : window),
            (T = m.nodeName && m.nodeName.toLowerCase()),
            T === 'select' || (T === 'input' && m.type === 'file'))
          )
            var Q = No;
          else if (_o(m))
            if (Oo) Q = Yv;
            else {
              Q = Bv;
              var dt = jv;
            }
          else
            (T = m.nodeName),
              !T || T.toLowerCase() !== 'input' || (m.type !== 'checkbox' && m.type !== 'radio')
                ? h && ti(h.elementType) && (Q = No)
                : (Q = qv);
          if (Q && (Q = Q(t, h))) {
            zo(C, Q, e, E);
            break t;
          }
          dt && dt(t, m, h);
        }
        switch (((dt = h ? hu(h) : window), t)) {
          case 'focusin':
            (_o(dt) || dt.contentEditable === 'true') && ((Ua = dt), (yi = h), (Ou = null));
            break;
          case 'focusout':
            Ou = yi = Ua = null;
            break;
          case 'mousedown':
            hi = !0;
            break;
          case 'contextmenu':
          case 'mouseup':
          case 'dragend':
            (hi = !1), Ho(C, e, E);
            break;
          case 'selectionchange':
            if (Xv) break;
          case 'keydown':
          case 'keyup':
            Ho(C, e, E);
        }
        var K;
        if (oi)
          t: {
            switch (t) {
              case 'compositionstart':
                var k = 'onCompositionStart';
                break t;
              case 'compositionend':
                k = 'onCompositionEnd';
                break t;
              case 'compositionupdate':
                k = 'onCompositionUpdate';
                break t;
            }
            k = void 0;
          }
        else
          Ra
            ? To(t, e) && (k = 'onCompositionEnd')
            : t === 'keydown' && e.keyCode === 229 && (k = 'onCompositionStart');
        k &&
          (go &&
            e.locale !== 'ko' &&
            (Ra || k !== 'onCompositionStart'
              ? k === 'onCompositionEnd' && Ra && (K = ro())
              : ((_e = E), (ni = 'value' in _e ? _e.value : _e.textContent), (Ra = !0))),
          (dt = Ac(h, k)),
          0 < dt.length &&
            ((k = new yo(k, t, null, e, E)),
            C.push({ event: k, listeners: dt }),
            K ? (k.data = K) : ((K = Eo(e)), K !== null && (k.data = K)))),
          (K = Rv ? Uv(t, e) : pv(t, e)) &&
            ((k = Ac(h, 'onBeforeInput')),
            0 < k.length &&
              ((dt = new yo('onBeforeInput', 'beforeinput', null, e, E)),
              C.push({ event: dt, listeners: k }),
              (dt.data = K))),
          Ry(C, t, h, e, E);
      }
      o0(C, l);
    });
  }
  function Fu(t, l, e) {
    return { instance: t, listener: l, currentTarget: e };
  }
  function Ac(t, l) {
    for (var e = l + 'Capture', a = []; t !== null; ) {
      var u = t,
        n = u.stateNode;
      if (
        ((u = u.tag),
        (u !== 5 && u !== 26 && u !== 27) ||
          n === null ||
          ((u = gu(t, e)),
          u != null && a.unshift(Fu(t, u, n)),
          (u = gu(t, l)),
          u != null && a.push(Fu(t, u, n))),
        t.tag === 3)
      )
        return a;
      t = t.return;
    }
    return [];
  }
  function xy(t) {
    if (t === null) return null;
    do t = t.return;
    while (t && t.tag !== 5 && t.tag !== 27);
    return t || null;
  }
  function d0(t, l, e, a, u) {
    for (var n = l._reactName, c = []; e !== null && e !== a; ) {
      var i = e,
        s = i.alternate,
        h = i.stateNode;
      if (((i = i.tag), s !== null && s === a)) break;
      (i !== 5 && i !== 26 && i !== 27) ||
        h === null ||
        ((s = h),
        u
          ? ((h = gu(e, n)), h != null && c.unshift(Fu(e, h, s)))
          : u || ((h = gu(e, n)), h != null && c.push(Fu(e, h, s)))),
        (e = e.return);
    }
    c.length !== 0 && t.push({ event: l, listeners: c });
  }
  var jy = /\r\n?/g,
    By = /\u0000|\uFFFD/g;
  function m0(t) {
    return (typeof t == 'string' ? t : '' + t)
      .replace(
        jy,
        `
`,
      )
      .replace(By, '');
  }
  function v0(t, l) {
    return ((l = m0(l)), m0(t) === l);
  }
  function At(t, l, e, a, u, n) {
    switch (e) {
      case 'children':
        if (typeof a == 'string') l === 'body' || (l === 'textarea' && a === '') || Ca(t, a);
        else if (typeof a == 'number' || typeof a == 'bigint') l !== 'body' && Ca(t, '' + a);
        else return;
        break;
      case 'className':
        bn(t, 'class', a);
        break;
      case 'tabIndex':
        bn(t, 'tabindex', a);
        break;
      case 'dir':
      case 'role':
      case 'viewBox':
      case 'width':
      case 'height':
        bn(t, e, a);
        break;
      case 'style':
        fo(t, a, n);
        return;
      case 'data':
        if (l !== 'object') {
          bn(t, 'data', a);
          break;
        }
      case 'src':
      case 'href':
        if (a === '' && (l !== 'a' || e !== 'href')) {
          t.removeAttribute(e);
          break;
        }
        if (a == null || typeof a == 'function' || typeof a == 'symbol' || typeof a == 'boolean') {
          t.removeAttribute(e);
          break;
        }
        (a = Tn(a)), t.setAttribute(e, a);
        break;
      case 'action':
      case 'formAction':
        if (typeof a == 'function') {
          t.setAttribute(
            e,
            "javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() manually, consider using form.requestSubmit() instead. If you\\'re trying to use event.stopPropagation() in a submit event handler, consider also calling event.preventDefault().')",
          );
          break;
        } else
          typeof n == 'function' &&
            (e === 'formAction'
              ? (l !== 'input' && At(t, l, 'name', u.name, u, null),
                At(t, l, 'formEncType', u.formEncType, u, null),
                At(t, l, 'formMethod', u.formMethod, u, null),
                At(t, l, 'formTarget', u.formTarget, u, null))
              : (At(t, l, 'encType', u.encType, u, null),
                At(t, l, 'method', u.method, u, null),
                At(t, l, 'target', u.target, u, null)));
        if (a == null || typeof a == 'symbol' || typeof a == 'boolean') {
          t.removeAttribute(e);
          break;
        }
        (a = Tn(a)), t.setAttribute(e, a);
        break;
      case 'onClick':
        a != null && (t.onclick = Kl);
        return;
      case 'onScroll':
        a != null && ot('scroll', t);
        return;
      case 'onScrollEnd':
        a != null && ot('scrollend', t);
        return;
      case 'dangerouslySetInnerHTML':
        if (a != null) {
          if (typeof a != 'object' || !('__html' in a)) throw Error(o(61));
          if (((e = a.__html), e != null)) {
            if (u.children != null) throw Error(o(60));
            n?.__html !== e && (t.innerHTML = e);
          }
        }
        break;
      case 'multiple':
        t.multiple = a && typeof a != 'function' && typeof a != 'symbol';
        break;
      case 'muted':
        t.muted = a && typeof a != 'function' && typeof a != 'symbol';
        break;
      case 'suppressContentEditableWarning':
      case 'suppressHydrationWarning':
      case 'defaultValue':
      case 'defaultChecked':
      case 'innerHTML':
      case 'ref':
        break;
      case 'autoFocus':
        break;
      case 'xlinkHref':
        if (a == null || typeof a == 'function' || typeof a == 'boolean' || typeof a == 'symbol') {
          t.removeAttribute('xlink:href');
          break;
        }
        (e = Tn(a)), t.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', e);
        break;
      case 'contentEditable':
      case 'spellCheck':
      case 'draggable':
      case 'value':
      case 'autoReverse':
      case 'externalResourcesRequired':
      case 'focusable':
      case 'preserveAlpha':
        a != null && typeof a != 'function' && typeof a != 'symbol'
          ? t.setAttribute(e, a)
          : t.removeAttribute(e);
        break;
      case 'inert':
      case 'allowFullScreen':
      case 'async':
      case 'autoPlay':
      case 'controls':
      case 'credentialless':
      case 'default':
      case 'defer':
      case 'disabled':
      case 'disablePictureInPicture':
      case 'disableRemotePlayback':
      case 'formNoValidate':
      case 'hidden':
      case 'loop':
      case 'noModule':
      case 'noValidate':
      case 'open':
      case 'playsInline':
      case 'readOnly':
      case 'required':
      case 'reversed':
      case 'scoped':
      case 'seamless':
      case 'itemScope':
        a && typeof a != 'function' && typeof a != 'symbol' ? t.setAttribute(e, '') : t.removeAttribute(e);
        break;
      case 'capture':
      case 'download':
        a === !0
          ? t.setAttribute(e, '')
          : a !== !1 && a != null && typeof a != 'function' && typeof a != 'symbol'
            ? t.setAttribute(e, a)
            : t.removeAttribute(e);
        break;
      case 'cols':
      case 'rows':
      case 'size':
      case 'span':
        a != null && typeof a != 'function' && typeof a != 'symbol' && !isNaN(a) && 1 <= a
          ? t.setAttribute(e, a)
          : t.removeAttribute(e);
        break;
      case 'rowSpan':
      case 'start':
        a == null || typeof a == 'function' || typeof a == 'symbol' || isNaN(a)
          ? t.removeAttribute(e)
          : t.setAttribute(e, a);
        break;
      case 'popover':
        ot('beforetoggle', t), ot('toggle', t), Sn(t, 'popover', a);
        break;
      case 'xlinkActuate':
        ne(t, 'http://www.w3.org/1999/xlink', 'xlink:actuate', a);
        break;
      case 'xlinkArcrole':
        ne(t, 'http://www.w3.org/1999/xlink', 'xlink:arcrole', a);
        break;
      case 'xlinkRole':
        ne(t, 'http://www.w3.org/1999/xlink', 'xlink:role', a);
        break;
      case 'xlinkShow':
        ne(t, 'http://www.w3.org/1999/xlink', 'xlink:show', a);
        break;
      case 'xlinkTitle':
        ne(t, 'http://www.w3.org/1999/xlink', 'xlink:title', a);
        break;
      case 'xlinkType':
        ne(t, 'http://www.w3.org/1999/xlink', 'xlink:type', a);
        break;
      case 'xmlBase':
        ne(t, 'http://www.w3.org/XML/1998/namespace', 'xml:base', a);
        break;
      case 'xmlLang':
        ne(t, 'http://www.w3.org/XML/1998/namespace', 'xml:lang', a);
        break;
      case 'xmlSpace':
        ne(t, 'http://www.w3.org/XML/1998/namespace', 'xml:space', a);
        break;
      case 'is':
        Sn(t, 'is', a);
        break;
      case 'innerText':
      case 'textContent':
        return;
      default:
        if (!(2 < e.length) || (e[0] !== 'o' && e[0] !== 'O') || (e[1] !== 'n' && e[1] !== 'N'))
          (e = lv.get(e) || e), Sn(t, e, a);
        else return;
    }
    bt = !0;
  }
  function Pf(t, l, e, a, u, n) {
    switch (e) {
      case 'style':
        fo(t, a, n);
        return;
      case 'dangerouslySetInnerHTML':
        if (a != null) {
          if (typeof a != 'object' || !('__html' in a)) throw Error(o(61));
          if (((e = a.__html), e != null)) {
            if (u.children != null) throw Error(o(60));
            n?.__html !== e && (t.innerHTML = e);
          }
        }
        break;
      case 'children':
        if (typeof a == 'string') Ca(t, a);
        else if (typeof a == 'number' || typeof a == 'bigint') Ca(t, '' + a);
        else return;
        break;
      case 'onScroll':
        a != null && ot('scroll', t);
        return;
      case 'onScrollEnd':
        a != null && ot('scrollend', t);
        return;
      case 'onClick':
        a != null && (t.onclick = Kl);
        return;
      case 'suppressContentEditableWarning':
      case 'suppressHydrationWarning':
      case 'innerHTML':
      case 'ref':
        return;
      case 'innerText':
      case 'textContent':
        return;
      default:
        if (!Object.hasOwn(ks, e))
          t: {
            if (
              e[0] === 'o' &&
              e[1] === 'n' &&
              ((u = e.endsWith('Capture')),
              (n = e.slice(2, u ? e.length - 7 : void 0)),
              (l = t[ol] || null),
              (l = l != null ? l[e] : null),
              typeof l == 'function' && t.removeEventListener(n, l, u),
              typeof a == 'function')
            ) {
              typeof l != 'function' &&
                l !== null &&
                (e in t ? (t[e] = null) : t.hasAttribute(e) && t.removeAttribute(e)),
                t.addEventListener(n, a, u);
              break t;
            }
            (bt = !0), e in t ? (t[e] = a) : a === !0 ? t.setAttribute(e, '') : Sn(t, e, a);
          }
        return;
    }
    bt = !0;
  }
  function al(t, l, e) {
    switch (l) {
      case 'div':
      case 'span':
      case 'svg':
      case 'path':
      case 'a':
      case 'g':
      case 'p':
      case 'li':
        break;
      case 'img':
        ot('error', t), ot('load', t);
        var a = !1,
          u = !1,
          n;
        for (n in e)
          if (Object.hasOwn(e, n)) {
            var c = e[n];
            if (c != null)
              switch (n) {
                case 'src':
                  a = !0;
                  break;
                case 'srcSet':
                  u = !0;
                  break;
                case 'children':
                case 'dangerouslySetInnerHTML':
                  throw Error(o(137, l));
                default:
                  At(t, l, n, c, e, null);
              }
          }
        u && At(t, l, 'srcSet', e.srcSet, e, null), a && At(t, l, 'src', e.src, e, null);
        return;
      case 'input':
        ot('invalid', t);
        var i = (n = c = u = null),
          s = null,
          h = null;
        for (a in e)
          if (Object.hasOwn(e, a)) {
            var E = e[a];
            if (E != null)
              switch (a) {
                case 'name':
                  u = E;
                  break;
                case 'type':
                  c = E;
                  break;
                case 'checked':
                  s = E;
                  break;
                case 'defaultChecked':
                  h = E;
                  break;
                case 'value':
                  n = E;
                  break;
                case 'defaultValue':
                  i = E;
                  break;
                case 'children':
                case 'dangerouslySetInnerHTML':
                  if (E != null) throw Error(o(137, l));
                  break;
                default:
                  At(t, l, a, E, e, null);
              }
          }
        uo(t, n, i, s, h, c, u, !1);
        return;
      case 'select':
        ot('invalid', t), (a = c = n = null);
        for (u in e)
          if (Object.hasOwn(e, u) && ((i = e[u]), i != null))
            switch (u) {
              case 'value':
                n = i;
                break;
              case 'defaultValue':
                c = i;
                break;
              case 'multiple':
                a = i;
              default:
                At(t, l, u, i, e, null);
            }
        (l = n), (e = c), (t.multiple = !!a), l != null ? Aa(t, !!a, l, !1) : e != null && Aa(t, !!a, e, !0);
        return;
      case 'textarea':
        ot('invalid', t), (n = u = a = null);
        for (c in e)
          if (Object.hasOwn(e, c) && ((i = e[c]), i != null))
            switch (c) {
              case 'value':
                a = i;
                break;
              case 'defaultValue':
                u = i;
                break;
              case 'children':
                n = i;
                break;
              case 'dangerouslySetInnerHTML':
                if (i != null) throw Error(o(91));
                break;
              default:
                At(t, l, c, i, e, null);
            }
        co(t, a, u, n);
        return;
      case 'option':
        for (s in e)
          Object.hasOwn(e, s) &&
            ((a = e[s]), a != null) &&
            (s === 'selected'
              ? (t.selected = a && typeof a != 'function' && typeof a != 'symbol')
              : At(t, l, s, a, e, null));
        return;
      case 'dialog':
        ot('beforetoggle', t), ot('toggle', t), ot('cancel', t), ot('close', t);
        break;
      case 'iframe':
      case 'object':
        ot('load', t);
        break;
      case 'video':
      case 'audio':
        for (a = 0; a < Wu.length; a++) ot(Wu[a], t);
        break;
      case 'image':
        ot('error', t), ot('load', t);
        break;
      case 'details':
        ot('toggle', t);
        break;
      case 'embed':
      case 'source':
      case 'link':
        ot('error', t), ot('load', t);
      case 'area':
      case 'base':
      case 'br':
      case 'col':
      case 'hr':
      case 'keygen':
      case 'meta':
      case 'param':
      case 'track':
      case 'wbr':
      case 'menuitem':
        for (h in e)
          if (Object.hasOwn(e, h) && ((a = e[h]), a != null))
            switch (h) {
              case 'children':
              case 'dangerouslySetInnerHTML':
                throw Error(o(137, l));
              default:
                At(t, l, h, a, e, null);
            }
        return;
      default:
        if (ti(l)) {
          for (E in e) Object.hasOwn(e, E) && ((a = e[E]), a !== void 0 && Pf(t, l, E, a, e, void 0));
          return;
        }
    }
    for (i in e) Object.hasOwn(e, i) && ((a = e[i]), a != null && At(t, l, i, a, e, null));
  }
  var qy = {};
  function Yy(t, l, e, a) {
    switch (l) {
      case 'div':
      case 'span':
      case 'svg':
      case 'path':
      case 'a':
      case 'g':
      case 'p':
      case 'li':
        break;
      case 'input':
        var u = null,
          n = null,
          c = null,
          i = null,
          s = null,
          h = null,
          E = null;
        for (T in e) {
          var C = e[T];
          if (Object.hasOwn(e, T) && C != null)
            switch (T) {
              case 'checked':
                break;
              case 'value':
                break;
              case 'defaultValue':
                s = C;
              default:
                Object.hasOwn(a, T) || At(t, l, T, null, a, C);
            }
        }
        for (var m in a) {
          var T = a[m];
          if (((C = e[m]), Object.hasOwn(a, m) && (T != null || C != null)))
            switch (m) {
              case 'type':
                T !== C && (bt = !0), (n = T);
                break;
              case 'name':
                T !== C && (bt = !0), (u = T);
                break;
              case 'checked':
                T !== C && (bt = !0), (h = T);
                break;
              case 'defaultChecked':
                T !== C && (bt = !0), (E = T);
                break;
              case 'value':
                T !== C && (bt = !0), (c = T);
                break;
              case 'defaultValue':
                T !== C && (bt = !0), (i = T);
                break;
              case 'children':
              case 'dangerouslySetInnerHTML':
                if (T != null) throw Error(o(137, l));
                break;
              default:
                T !== C && At(t, l, m, T, a, C);
            }
        }
        kc(t, c, i, s, h, E, n, u);
        return;
      case 'select':
        T = c = i = m = null;
        for (n in e)
          if (((s = e[n]), Object.hasOwn(e, n) && s != null))
            switch (n) {
              case 'value':
                break;
              case 'multiple':
                T = s;
              default:
                Object.hasOwn(a, n) || At(t, l, n, null, a, s);
            }
        for (u in a)
          if (((n = a[u]), (s = e[u]), Object.hasOwn(a, u) && (n != null || s != null)))
            switch (u) {
              case 'value':
                n !== s && (bt = !0), (m = n);
                break;
              case 'defaultValue':
                n !== s && (bt = !0), (i = n);
                break;
              case 'multiple':
                n !== s && (bt = !0), (c = n);
              default:
                n !== s && At(t, l, u, n, a, s);
            }
        (l = i),
          (e = c),
          (a = T),
          m != null
            ? Aa(t, !!e, m, !1)
            : !!a != !!e && (l != null ? Aa(t, !!e, l, !0) : Aa(t, !!e, e ? [] : '', !1));
        return;
      case 'textarea':
        T = m = null;
        for (i in e)
          if (((u = e[i]), Object.hasOwn(e, i) && u != null && !Object.hasOwn(a, i)))
            switch (i) {
              case 'value':
                break;
              case 'children':
                break;
              default:
                At(t, l, i, null, a, u);
            }
        for (c in a)
          if (((u = a[c]), (n = e[c]), Object.hasOwn(a, c) && (u != null || n != null)))
            switch (c) {
              case 'value':
                u !== n && (bt = !0), (m = u);
                break;
              case 'defaultValue':
                u !== n && (bt = !0), (T = u);
                break;
              case 'children':
                break;
              case 'dangerouslySetInnerHTML':
                if (u != null) throw Error(o(91));
                break;
              default:
                u !== n && At(t, l, c, u, a, n);
            }
        no(t, m, T);
        return;
      case 'option':
        for (var Y in e)
          (m = e[Y]),
            Object.hasOwn(e, Y) &&
              m != null &&
              !Object.hasOwn(a, Y) &&
              (Y === 'selected' ? (t.selected = !1) : At(t, l, Y, null, a, m));
        for (s in a)
          (m = a[s]),
            (T = e[s]),
            Object.hasOwn(a, s) &&
              m !== T &&
              (m != null || T != null) &&
              (s === 'selected'
                ? (m !== T && (bt = !0), (t.selected = m && typeof m != 'function' && typeof m != 'symbol'))
                : At(t, l, s, m, a, T));
        return;
      case 'img':
      case 'link':
      case 'area':
      case 'base':
      case 'br':
      case 'col':
      case 'embed':
      case 'hr':
      case 'keygen':
      case 'meta':
      case 'param':
      case 'source':
      case 'track':
      case 'wbr':
      case 'menuitem':
        for (var L in e)
          (m = e[L]), Object.hasOwn(e, L) && m != null && !Object.hasOwn(a, L) && At(t, l, L, null, a, m);
        for (h in a)
          if (((m = a[h]), (T = e[h]), Object.hasOwn(a, h) && m !== T && (m != null || T != null)))
            switch (h) {
              case 'children':
              case 'dangerouslySetInnerHTML':
                if (m != null) throw Error(o(137, l));
                break;
              default:
                At(t, l, h, m, a, T);
            }
        return;
      default:
        if (ti(l)) {
          for (var nt in e)
            (m = e[nt]),
              Object.hasOwn(e, nt) && m !== void 0 && !Object.hasOwn(a, nt) && Pf(t, l, nt, void 0, a, m);
          for (E in a)
            (m = a[E]),
              (T = e[E]),
              !Object.hasOwn(a, E) || m === T || (m === void 0 && T === void 0) || Pf(t, l, E, m, a, T);
          return;
        }
    }
    for (var v in e)
      (m = e[v]), Object.hasOwn(e, v) && m != null && !Object.hasOwn(a, v) && At(t, l, v, null, a, m);
    for (C in a)
      (m = a[C]),
        (T = e[C]),
        !Object.hasOwn(a, C) || m === T || (m == null && T == null) || At(t, l, C, m, a, T);
  }
  function y0(t) {
    switch (t) {
      case 'css':
      case 'script':
      case 'font':
      case 'img':
      case 'image':
      case 'input':
      case 'link':
        return !0;
      default:
        return !1;
    }
  }
  function Gy() {
    if (typeof performance.getEntriesByType == 'function') {
      for (var t = 0, l = 0, e = performance.getEntriesByType('resource'), a = 0; a < e.length; a++) {
        var u = e[a],
          n = u.transferSize,
          c = u.initiatorType,
          i = u.duration;
        if (n && i && y0(c)) {
          for (c = 0, i = u.responseEnd, a += 1; a < e.length; a++) {
            var s = e[a],
              h = s.startTime;
            if (h > i) break;
            var E = s.transferSize,
              C = s.initiatorType;
            E && y0(C) && ((s = s.responseEnd), (c += E * (s < i ? 1 : (i - h) / (s - h))));
          }
          if ((--a, (l += (8 * (n + c)) / (u.duration / 1e3)), t++, 10 < t)) break;
        }
      }
      if (0 < t) return l / t / 1e6;
    }
    return navigator.connection && ((t = navigator.connection.downlink), typeof t == 'number') ? t : 5;
  }
  var ts = null,
    ls = null;
  function Iu(t) {
    return t.nodeType === 9 ? t : t.ownerDocument;
  }
  function h0(t) {
    switch (t) {
      case 'http://www.w3.org/2000/svg':
        return 1;
      case 'http://www.w3.org/1998/Math/MathML':
        return 2;
      default:
        return 0;
    }
  }
  function g0(t, l) {
    if (t === 0)
      switch (l) {
        case 'svg':
          return 1;
        case 'math':
          return 2;
        default:
          return 0;
      }
    return t === 1 && l === 'foreignObject' ? 0 : t;
  }
  function S0(t, l, e, a) {
    return ((e = Iu(e).createElement(t)), (e[kt] = a), (e[ol] = l), al(e, t, l), wt(e), e);
  }
  function es(t, l) {
    return (
      t === 'textarea' ||
      t === 'noscript' ||
      typeof l.children == 'string' ||
      typeof l.children == 'number' ||
      typeof l.children == 'bigint' ||
      (typeof l.dangerouslySetInnerHTML == 'object' &&
        l.dangerouslySetInnerHTML !== null &&
        l.dangerouslySetInnerHTML.__html != null)
    );
  }
  var as = null;
  function Xy() {
    var t = window.event;
    return t && t.type === 'popstate' ? (t === as ? !1 : ((as = t), !0)) : ((as = null), !1);
  }
  var us = typeof setTimeout == 'function' ? setTimeout : void 0,
    Qy = typeof clearTimeout == 'function' ? clearTimeout : void 0,
    b0 = typeof Promise == 'function' ? Promise : void 0,
    T0 = typeof requestAnimationFrame == 'function' ? requestAnimationFrame : us,
    Ly =
      typeof queueMicrotask == 'function'
        ? queueMicrotask
        : typeof b0 < 'u'
          ? (t) => b0.resolve(null).then(t).catch(Vy)
          : us;
  function Vy(t) {
    setTimeout(() => {
      throw t;
    });
  }
  function Le(t) {
    return t === 'head';
  }
  function E0(t, l) {
    var e = l,
      a = 0;
    do {
      var u = e.nextSibling;
      if ((t.removeChild(e), u && u.nodeType === 8))
        if (((e = u.data), e === '/$' || e === '/&')) {
          if (a === 0) {
            t.removeChild(u), ou(l);
            return;
          }
          a--;
        } else if (e === '$' || e === '$?' || e === '$~' || e === '$!' || e === '&') a++;
        else if (e === 'html') ds(t.ownerDocument.documentElement);
        else if (e === 'head') {
          (e = t.ownerDocument.head), ds(e);
          for (var n = e.firstChild; n; ) {
            var c = n.nextSibling,
              i = n.nodeName;
            n[yu] ||
              i === 'SCRIPT' ||
              i === 'STYLE' ||
              (i === 'LINK' && n.rel.toLowerCase() === 'stylesheet') ||
              e.removeChild(n),
              (n = c);
          }
        } else e === 'body' && ds(t.ownerDocument.body);
      e = u;
    } while (e);
    ou(l);
  }
  function _0(t, l) {
    var e = t;
    t = 0;
    do {
      var a = e.nextSibling;
      if (
        (e.nodeType === 1
          ? l
            ? ((e._stashedDisplay = e.style.display), (e.style.display = 'none'))
            : ((e.style.display = e._stashedDisplay || ''),
              e.getAttribute('style') === '' && e.removeAttribute('style'))
          : e.nodeType === 3 &&
            (l ? ((e._stashedText = e.nodeValue), (e.nodeValue = '')) : (e.nodeValue = e._stashedText || '')),
        a && a.nodeType === 8)
      )
        if (((e = a.data), e === '/$')) {
          if (t === 0) break;
          t--;
        } else (e !== '$' && e !== '$?' && e !== '$~' && e !== '$!') || t++;
      e = a;
    } while (e);
  }
  function z0(t, l, e) {
    if (
      ((l = CSS.escape(l) !== l ? 'r-' + btoa(l).replace(/=/g, '') : l),
      (t.style.viewTransitionName = l),
      e != null && (t.style.viewTransitionClass = e),
      (e = getComputedStyle(t)),
      e.display === 'inline')
    ) {
      if (((l = t.getClientRects()), l.length === 1)) var a = 1;
      else
        for (var u = (a = 0); u < l.length; u++) {
          var n = l[u];
          0 < n.width && 0 < n.height && a++;
        }
      a === 1 &&
        ((t = t.style),
        (t.display = l.length === 1 ? 'inline-block' : 'block'),
        (t.marginTop = '-' + e.paddingTop),
        (t.marginBottom = '-' + e.paddingBottom));
    }
  }
  function N0(t, l) {
    (t = t.style), (l = l.style);
    var e =
      l != null
        ? Object.hasOwn(l, 'viewTransitionName')
          ? l.viewTransitionName
          : Object.hasOwn(l, 'view-transition-name')
            ? l['view-transition-name']
            : null
        : null;
    (t.viewTransitionName = e == null || typeof e == 'boolean' ? '' : ('' + e).trim()),
      (e =
        l != null
          ? Object.hasOwn(l, 'viewTransitionClass')
            ? l.viewTransitionClass
            : Object.hasOwn(l, 'view-transition-class')
              ? l['view-transition-class']
              : null
          : null),
      (t.viewTransitionClass = e == null || typeof e == 'boolean' ? '' : ('' + e).trim()),
      t.display === 'inline-block' &&
        (l == null
          ? (t.display = t.margin = '')
          : ((e = l.display),
            (t.display = e == null || typeof e == 'boolean' ? '' : e),
            (e = l.margin),
            e != null
              ? (t.margin = e)
              : ((e = Object.hasOwn(l, 'marginTop') ? l.marginTop : l['margin-top']),
                (t.marginTop = e == null || typeof e == 'boolean' ? '' : e),
                (l = Object.hasOwn(l, 'marginBottom') ? l.marginBottom : l['margin-bottom']),
                (t.marginBottom = l == null || typeof l == 'boolean' ? '' : l))));
  }
  function Zy(t, l, e) {
    return (
      (e = e.ownerDocument.defaultView),
      {
        rect: t,
        abs: l.position === 'absolute' || l.position === 'fixed',
        clip:
          l.clipPath !== 'none' ||
          l.overflow !== 'visible' ||
          l.filter !== 'none' ||
          l.mask !== 'none' ||
          l.mask !== 'none' ||
          l.borderRadius !== '0px',
        view: 0 <= t.bottom && 0 <= t.right && t.top <= e.innerHeight && t.left <= e.innerWidth,
      }
    );
  }
  function ns(t) {
    var l = t.getBoundingClientRect(),
      e = getComputedStyle(t);
    return Zy(l, e, t);
  }
  function Ky(t) {
    return t.documentElement.clientHeight;
  }
  function Jy(t) {
    this.addEventListener('load', t), this.addEventListener('error', t);
  }
  function wy(t, l, e, a, u, n, c, i, s) {
    var h = l.nodeType === 9 ? l : l.ownerDocument;
    try {
      var E = h.startViewTransition({
        update: () => {
          var m = h.defaultView,
            T = m.navigation && m.navigation.transition,
            Y = h.fonts.status;
          a();
          var L = [];
          if (
            (Y === 'loaded' && (Ky(h), h.fonts.status === 'loading' && L.push(h.fonts.ready)),
            (Y = L.length),
            t !== null)
          )
            for (var nt = t.suspenseyImages, v = 0, r = 0; r < nt.length; r++) {
              var b = nt[r];
              if (!b.complete) {
                var A = b.getBoundingClientRect();
                if (0 < A.bottom && 0 < A.right && A.top < m.innerHeight && A.left < m.innerWidth) {
                  if (((v += K0(b)), v > Dc)) {
                    L.length = Y;
                    break;
                  }
                  (b = new Promise(Jy.bind(b))), L.push(b);
                }
              }
            }
          if (0 < L.length)
            return (
              (m = Promise.race([Promise.all(L), new Promise((Q) => setTimeout(Q, 500))]).then(u, u)),
              (T ? Promise.allSettled([T.finished, m]) : m).then(n, n)
            );
          if ((u(), T)) return T.finished.then(n, n);
          n();
        },
        types: e,
      });
      h.__reactViewTransition = E;
      var C = [];
      return (
        E.ready.then(
          () => {
            for (var m = h.documentElement.getAnimations({ subtree: !0 }), T = 0; T < m.length; T++) {
              var Y = m[T],
                L = Y.effect,
                nt = L.pseudoElement;
              if (nt != null && nt.startsWith('::view-transition')) {
                C.push(Y), (Y = L.getKeyframes());
                for (var v = (nt = void 0), r = !0, b = 0; b < Y.length; b++) {
                  var A = Y[b],
                    Q = A.width;
                  if (nt === void 0) nt = Q;
                  else if (nt !== Q) {
                    r = !1;
                    break;
                  }
                  if (((Q = A.height), v === void 0)) v = Q;
                  else if (v !== Q) {
                    r = !1;
                    break;
                  }
                  delete A.width, delete A.height, A.transform === 'none' && delete A.transform;
                }
                r &&
                  nt !== void 0 &&
                  v !== void 0 &&
                  (L.setKeyframes(Y),
                  (r = getComputedStyle(L.target, L.pseudoElement)),
                  r.width !== nt || r.height !== v) &&
                  ((r = Y[0]),
                  (r.width = nt),
                  (r.height = v),
                  (r = Y[Y.length - 1]),
                  (r.width = nt),
                  (r.height = v),
                  L.setKeyframes(Y));
              }
            }
            c();
          },
          (m) => {
            h.__reactViewTransition === E && (h.__reactViewTransition = null);
            try {
              typeof m == 'object' &&
                m !== null &&
                m.name === 'InvalidStateError' &&
                (m.message === 'View transition was skipped because document visibility state is hidden.' ||
                  m.message ===
                    'Skipping view transition because document visibility state has become hidden.' ||
                  m.message === 'Skipping view transition because viewport size changed.' ||
                  m.message === 'Transition was aborted because of invalid state') &&
                (m = null),
                m !== null && s(m);
            } finally {
              a(), u(), c();
            }
          },
        ),
        E.finished.finally(() => {
          for (var m = 0; m < C.length; m++) C[m].cancel();
          h.__reactViewTransition === E && (h.__reactViewTransition = null), i();
        }),
        E
      );
    } catch {
      return (a(), u(), c(), null);
    }
  }
  function Sa(t, l) {
    (this._scope = document.documentElement), (this._selector = '::view-transition-' + t + '(' + l + ')');
  }
  (Sa.prototype.animate = function (t, l) {
    return (
      (l = typeof l == 'number' ? { duration: l } : X({}, l)),
      (l.pseudoElement = this._selector),
      this._scope.animate(t, l)
    );
  }),
    (Sa.prototype.getAnimations = function () {
      for (
        var t = this._scope, l = this._selector, e = t.getAnimations({ subtree: !0 }), a = [], u = 0;
        u < e.length;
        u++
      ) {
        var n = e[u].effect;
        n !== null && n.target === t && n.pseudoElement === l && a.push(e[u]);
      }
      return a;
    }),
    (Sa.prototype.getComputedStyle = function () {
      return getComputedStyle(this._scope, this._selector);
    });
  function O0(t) {
    return {
      name: t,
      group: new Sa('group', t),
      imagePair: new Sa('image-pair', t),
      old: new Sa('old', t),
      new: new Sa('new', t),
    };
  }
  function Al(t) {
    (this._fragmentFiber = t), (this._observers = this._eventListeners = null);
  }
  Al.prototype.addEventListener = function (t, l, e) {
    var a = null,
      u = null;
    if (!(e != null && typeof e != 'boolean' && ((a = e.signal || null), a !== null && a.aborted))) {
      this._eventListeners === null && (this._eventListeners = []);
      var n = this._eventListeners;
      if (C0(n, t, l, e) === -1) {
        var c = this,
          i = l;
        e != null &&
          typeof e != 'boolean' &&
          e.once === !0 &&
          (i = function (s) {
            c.removeEventListener(t, l, e), typeof l == 'function' ? l.call(this, s) : l.handleEvent(s);
          }),
          a !== null &&
            ((u = c.removeEventListener.bind(c, t, l, e)),
            a.addEventListener('abort', u, { once: !0 }),
            (u = a.removeEventListener.bind(a, 'abort', u))),
          (a = uu(e)),
          n.push({ type: t, listener: l, optionsOrUseCapture: e, attachedListener: i, cleanup: u }),
          y(this._fragmentFiber.child, !1, $y, t, i, a);
      }
      this._eventListeners = n;
    }
  };
  function $y(t, l, e, a) {
    return (ct(t).addEventListener(l, e, a), !1);
  }
  Al.prototype.removeEventListener = function (t, l, e) {
    var a = this._eventListeners;
    if (a !== null && ((l = C0(a, t, l, e)), l !== -1)) {
      var u = a[l];
      e = u.attachedListener;
      var n = u.cleanup;
      (u = uu(u.optionsOrUseCapture)),
        y(this._fragmentFiber.child, !1, Wy, t, e, u),
        a.splice(l, 1),
        n !== null && n();
    }
  };
  function Wy(t, l, e, a) {
    return (ct(t).removeEventListener(l, e, a), !1);
  }
  function uu(t) {
    return t != null && typeof t != 'boolean' && (t.once === !0 || t.signal instanceof AbortSignal)
      ? { capture: t.capture, passive: t.passive }
      : t;
  }
  function A0(t) {
    return t == null
      ? 'c=0'
      : typeof t == 'boolean'
        ? 'c=' + (t ? '1' : '0')
        : 'c=' + (t.capture ? '1' : '0');
  }
  function C0(t, l, e, a) {
    if (t.length === 0) return -1;
    a = A0(a);
    for (var u = 0; u < t.length; u++) {
      var n = t[u];
      if (n.type === l && n.listener === e && A0(n.optionsOrUseCapture) === a) return u;
    }
    return -1;
  }
  (Al.prototype.dispatchEvent = function (t) {
    var l = p(this._fragmentFiber);
    if (l === null) return !0;
    l = ct(l);
    var e = this._eventListeners;
    if ((e !== null && 0 < e.length) || !t.bubbles) {
      var a = l.nodeType === 9 ? l.createComment('') : document.createTextNode('');
      if (e)
        for (var u = 0; u < e.length; u++) {
          var n = e[u];
          a.addEventListener(n.type, n.attachedListener, uu(n.optionsOrUseCapture));
        }
      if ((l.appendChild(a), (t = a.dispatchEvent(t)), e))
        for (u = 0; u < e.length; u++)
          (n = e[u]), a.removeEventListener(n.type, n.attachedListener, uu(n.optionsOrUseCapture));
      return (l.removeChild(a), t);
    }
    return l.dispatchEvent(t);
  }),
    (Al.prototype.focus = function (t) {
      y(this._fragmentFiber.child, !0, M0, t, void 0, void 0);
    });
  function M0(t, l) {
    return t.tag === 6 ? !1 : ((t = ct(t)), ih(t, l));
  }
  Al.prototype.focusLast = function (t) {
    var l = [];
    y(this._fragmentFiber.child, !0, cs, l, void 0, void 0);
    for (var e = l.length - 1; 0 <= e && !M0(l[e], t); e--);
  };
  function cs(t, l) {
    return (l.push(t), !1);
  }
  Al.prototype.blur = function () {
    var t = p(this._fragmentFiber);
    t !== null &&
      ((t = ct(t)),
      (t = Iu(t).activeElement),
      t !== null && y(this._fragmentFiber.child, !1, Fy, t, void 0, void 0));
  };
  function Fy(t, l) {
    return t.tag === 6 ? !1 : ((t = ct(t)), t === l || t.contains(l) ? (l.blur(), !0) : !1);
  }
  Al.prototype.observeUsing = function (t) {
    this._observers === null && (this._observers = new Set()),
      this._observers.add(t),
      y(this._fragmentFiber.child, !1, Iy, t, void 0, void 0);
  };
  function Iy(t, l) {
    return (t.tag === 6 || ((t = ct(t)), l.observe(t)), !1);
  }
  Al.prototype.unobserveUsing = function (t) {
    var l = this._observers;
    if (l !== null && l.has(t)) {
      l.delete(t), y(this._fragmentFiber.child, !1, ky, t, void 0, void 0);
      for (var e = (l = 0); e < Ll.length; e++) {
        var a = Ll[e];
        a.fragmentInstance === this && a.observer === t ? t.unobserve(a.instance) : (Ll[l++] = a);
      }
      Ll.length = l;
    }
  };
  function ky(t, l) {
    return (t.tag === 6 || ((t = ct(t)), l.unobserve(t)), !1);
  }
  var Ll = [],
    is = !1;
  function Py(t, l, e) {
    Ll.push({ fragmentInstance: t, observer: l, instance: e }),
      is ||
        ((is = !0),
        fh(() => {
          is = !1;
          var a = Ll;
          Ll = [];
          for (var u = 0; u < a.length; u++) {
            var n = a[u];
            n.observer.unobserve(n.instance);
          }
        }));
  }
  Al.prototype.getClientRects = function () {
    var t = [];
    return (y(this._fragmentFiber.child, !1, th, t, void 0, void 0), t);
  };
  function th(t, l) {
    if (t.tag === 6) {
      t = t.stateNode;
      var e = t.ownerDocument.createRange();
      e.selectNodeContents(t), l.push.apply(l, e.getClientRects());
    } else (t = ct(t)), l.push.apply(l, t.getClientRects());
    return !1;
  }
  (Al.prototype.getRootNode = function (t) {
    var l = p(this._fragmentFiber);
    return l === null ? this : ct(l).getRootNode(t);
  }),
    (Al.prototype.compareDocumentPosition = function (t) {
      var l = p(this._fragmentFiber);
      if (l === null) return Node.DOCUMENT_POSITION_DISCONNECTED;
      var e = [];
      y(this._fragmentFiber.child, !1, cs, e, void 0, void 0);
      var a = ct(l);
      if (e.length === 0) {
        if (((e = a), j(this._fragmentFiber))) {
          t: {
            for (l = this._fragmentFiber.return; l !== null; ) {
              if (l.tag === 4) {
                l = l.stateNode.containerInfo;
                break t;
              }
              if (l.tag === 3 || l.tag === 5 || l.tag === 27) break;
              l = l.return;
            }
            l = null;
          }
          l != null && (e = l);
        }
        l = this._fragmentFiber;
        var u = (a = e.compareDocumentPosition(t));
        return (
          e === t
            ? (u = Node.DOCUMENT_POSITION_CONTAINS)
            : a & Node.DOCUMENT_POSITION_CONTAINED_BY &&
              ((e = W(l)[1]),
              e === null
                ? (u = Node.DOCUMENT_POSITION_PRECEDING)
                : ((t = ct(e).compareDocumentPosition(t)),
                  (u =
                    t === 0 || t & Node.DOCUMENT_POSITION_FOLLOWING
                      ? Node.DOCUMENT_POSITION_FOLLOWING
                      : Node.DOCUMENT_POSITION_PRECEDING))),
          (u |= Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC)
        );
      }
      (l = ct(e[0])), (u = ct(e[e.length - 1]));
      var n = j(this._fragmentFiber) ? l.parentElement : a;
      if (n == null) return Node.DOCUMENT_POSITION_DISCONNECTED;
      (a = n.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_CONTAINED_BY),
        (n = n.compareDocumentPosition(u) & Node.DOCUMENT_POSITION_CONTAINED_BY);
      var c = l.compareDocumentPosition(t),
        i = u.compareDocumentPosition(t),
        s = c & Node.DOCUMENT_POSITION_CONTAINED_BY || i & Node.DOCUMENT_POSITION_CONTAINED_BY;
      return (
        (i = a && n && c & Node.DOCUMENT_POSITION_FOLLOWING && i & Node.DOCUMENT_POSITION_PRECEDING),
        (l =
          (a && l === t) || (n && u === t) || s || i
            ? Node.DOCUMENT_POSITION_CONTAINED_BY
            : (!a && l === t) || (!n && u === t)
              ? Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC
              : c),
        l & Node.DOCUMENT_POSITION_DISCONNECTED ||
        l & Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC ||
        lh(l, this._fragmentFiber, e[0], e[e.length - 1], t)
          ? l
          : Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC
      );
    });
  function lh(t, l, e, a, u) {
    var n = Ie(u);
    if (t & Node.DOCUMENT_POSITION_CONTAINED_BY) {
      if ((e = !!n))
        t: {
          for (; n !== null; ) {
            if (n.tag === 7 && (n === l || n.alternate === l)) {
              e = !0;
              break t;
            }
            n = n.return;
          }
          e = !1;
        }
      return e;
    }
    if (t & Node.DOCUMENT_POSITION_CONTAINS) {
      if (n === null) return ((n = u.ownerDocument), u === n || u === n.documentElement || u === n.body);
      t: {
        for (n = l, l = p(l); n !== null; ) {
          if (!((n.tag !== 5 && n.tag !== 3 && n.tag !== 27) || (n !== l && n.alternate !== l))) {
            n = !0;
            break t;
          }
          n = n.return;
        }
        n = !1;
      }
      return n;
    }
    return t & Node.DOCUMENT_POSITION_PRECEDING
      ? ((l = !!n) &&
          !(l = n === e) &&
          ((l = B(e, n, G)),
          l === null ? (l = !1) : (y(l, !0, Ct, n, e), (n = vt), (vt = null), (l = n !== null))),
        l)
      : t & Node.DOCUMENT_POSITION_FOLLOWING
        ? ((l = !!n) &&
            !(l = n === a) &&
            ((l = B(a, n, G)),
            l === null ? (l = !1) : (y(l, !0, Bt, n, a), (n = vt), (at = vt = null), (l = n !== null))),
          l)
        : !1;
  }
  function D0(t, l) {
    var e = t.ownerDocument.createRange();
    e.selectNodeContents(t),
      (t = e.getBoundingClientRect()),
      window.scrollTo(
        window.scrollX + t.left,
        l ? window.scrollY + t.top : window.scrollY + t.bottom - window.innerHeight,
      );
  }
  Al.prototype.scrollIntoView = function (t) {
    if (typeof t == 'object') throw Error(o(566));
    var l = [];
    y(this._fragmentFiber.child, !1, cs, l, void 0, void 0);
    var e = t !== !1;
    if (l.length === 0) {
      var a = W(this._fragmentFiber);
      if (((a = e ? a[1] || a[0] || p(this._fragmentFiber) : a[0] || a[1]), a === null)) return;
      if (a.tag === 6) {
        (t = ct(a)), D0(t, e);
        return;
      }
      if (((a = ct(a)), a.nodeType !== 9)) {
        if (a.nodeType === 11) {
          (e = 'host' in a ? a.host : null), e !== null && e.scrollIntoView(t);
          return;
        }
        a.scrollIntoView(t);
      }
    }
    for (a = e ? l.length - 1 : 0; a !== (e ? -1 : l.length); ) {
      var u = l[a];
      u.tag === 6 ? ((u = ct(u)), D0(u, e)) : ct(u).scrollIntoView(t), (a += e ? -1 : 1);
    }
  };
  function eh(t, l) {
    return ((t = ct(t)), R0(t, l), !1);
  }
  function R0(t, l) {
    t.reactFragments == null && (t.reactFragments = new Set()), t.reactFragments.add(l);
  }
  function U0(t, l) {
    var e = l._eventListeners;
    if (e !== null)
      for (var a = 0; a < e.length; a++) {
        var u = e[a];
        t.addEventListener(u.type, u.attachedListener, uu(u.optionsOrUseCapture));
      }
    t.nodeType !== 3 &&
      ((e = l._observers),
      e !== null &&
        e.forEach((n) => {
          for (var c = 0, i = 0; i < Ll.length; i++) {
            var s = Ll[i];
            (s.fragmentInstance !== l || s.observer !== n || s.instance !== t) && (Ll[c++] = s);
          }
          (Ll.length = c), n.observe(t);
        }),
      R0(t, l));
  }
  function ah(t, l) {
    var e = l._eventListeners;
    if (e !== null)
      for (var a = 0; a < e.length; a++) {
        var u = e[a];
        t.removeEventListener(u.type, u.attachedListener, uu(u.optionsOrUseCapture));
      }
    t.nodeType !== 3 &&
      ((e = l._observers),
      e !== null &&
        e.forEach((n) => {
          typeof n.rootMargin == 'string' ? Py(l, n, t) : n.unobserve(t);
        }),
      t.reactFragments != null && t.reactFragments.delete(l));
  }
  function fs(t) {
    var l = t.firstChild;
    for (l && l.nodeType === 10 && (l = l.nextSibling); l; ) {
      var e = l;
      switch (((l = l.nextSibling), e.nodeName)) {
        case 'HTML':
        case 'HEAD':
        case 'BODY':
          fs(e), gn(e);
          continue;
        case 'SCRIPT':
        case 'STYLE':
          continue;
        case 'LINK':
          if (e.rel.toLowerCase() === 'stylesheet') continue;
      }
      t.removeChild(e);
    }
  }
  function uh(t, l, e, a) {
    for (; t.nodeType === 1; ) {
      var u = e;
      if (t.nodeName.toLowerCase() !== l.toLowerCase()) {
        if (!a && (t.nodeName !== 'INPUT' || t.type !== 'hidden')) break;
      } else if (a) {
        if (!t[yu])
          switch (l) {
            case 'meta':
              if (!t.hasAttribute('itemprop')) break;
              return t;
            case 'link':
              if (((n = t.getAttribute('rel')), n === 'stylesheet' && t.hasAttribute('data-precedence')))
                break;
              if (
                n !== u.rel ||
                t.getAttribute('href') !== (u.href == null || u.href === '' ? null : u.href) ||
                t.getAttribute('crossorigin') !== (u.crossOrigin == null ? null : u.crossOrigin) ||
                t.getAttribute('title') !== (u.title == null ? null : u.title)
              )
                break;
              return t;
            case 'style':
              if (t.hasAttribute('data-precedence')) break;
              return t;
            case 'script':
              if (
                ((n = t.getAttribute('src')),
                (n !== (u.src == null ? null : u.src) ||
                  t.getAttribute('type') !== (u.type == null ? null : u.type) ||
                  t.getAttribute('crossorigin') !== (u.crossOrigin == null ? null : u.crossOrigin)) &&
                  n &&
                  t.hasAttribute('async') &&
                  !t.hasAttribute('itemprop'))
              )
                break;
              return t;
            default:
              return t;
          }
      } else if (l === 'input' && t.type === 'hidden') {
        var n = u.name == null ? null : '' + u.name;
        if (u.type === 'hidden' && t.getAttribute('name') === n) return t;
      } else return t;
      if (((t = xl(t.nextSibling)), t === null)) break;
    }
    return null;
  }
  function nh(t, l, e) {
    if (l === '') return null;
    for (; t.nodeType !== 3; )
      if (
        ((t.nodeType !== 1 || t.nodeName !== 'INPUT' || t.type !== 'hidden') && !e) ||
        ((t = xl(t.nextSibling)), t === null)
      )
        return null;
    return t;
  }
  function p0(t, l) {
    for (; t.nodeType !== 8; )
      if (
        ((t.nodeType !== 1 || t.nodeName !== 'INPUT' || t.type !== 'hidden') && !l) ||
        ((t = xl(t.nextSibling)), t === null)
      )
        return null;
    return t;
  }
  function ss(t) {
    return t.data === '$?' || t.data === '$~';
  }
  function os(t) {
    return t.data === '$!' || (t.data === '$?' && t.ownerDocument.readyState !== 'loading');
  }
  function ch(t, l) {
    var e = t.ownerDocument;
    if (t.data === '$~') t._reactRetry = l;
    else if (t.data !== '$?' || e.readyState !== 'loading') l();
    else {
      var a = () => {
        l(), e.removeEventListener('DOMContentLoaded', a);
      };
      e.addEventListener('DOMContentLoaded', a), (t._reactRetry = a);
    }
  }
  function xl(t) {
    for (; t != null; t = t.nextSibling) {
      var l = t.nodeType;
      if (l === 1 || l === 3) break;
      if (l === 8) {
        if (
          ((l = t.data),
          l === '$' || l === '$!' || l === '$?' || l === '$~' || l === '&' || l === 'F!' || l === 'F')
        )
          break;
        if (l === '/$' || l === '/&') return null;
      }
    }
    return t;
  }
  var rs = null;
  function H0(t) {
    t = t.nextSibling;
    for (var l = 0; t; ) {
      if (t.nodeType === 8) {
        var e = t.data;
        if (e === '/$' || e === '/&') {
          if (l === 0) return xl(t.nextSibling);
          l--;
        } else (e !== '$' && e !== '$!' && e !== '$?' && e !== '$~' && e !== '&') || l++;
      }
      t = t.nextSibling;
    }
    return null;
  }
  function x0(t) {
    t = t.previousSibling;
    for (var l = 0; t; ) {
      if (t.nodeType === 8) {
        var e = t.data;
        if (e === '$' || e === '$!' || e === '$?' || e === '$~' || e === '&') {
          if (l === 0) return t;
          l--;
        } else (e !== '/$' && e !== '/&') || l++;
      }
      t = t.previousSibling;
    }
    return null;
  }
  function ih(t, l) {
    function e() {
      a = !0;
    }
    if (t.ownerDocument.activeElement === t) return !0;
    var a = !1;
    try {
      t.ownerDocument.addEventListener('focus', e, !0), (t.focus || HTMLElement.prototype.focus).call(t, l);
    } finally {
      t.ownerDocument.removeEventListener('focus', e, !0);
    }
    return a;
  }
  function fh(t) {
    T0(() => {
      T0((l) => t(l));
    });
  }
  function j0(t, l, e) {
    switch (((l = Iu(e)), t)) {
      case 'html':
        if (((t = l.documentElement), !t)) throw Error(o(452));
        return t;
      case 'head':
        if (((t = l.head), !t)) throw Error(o(453));
        return t;
      case 'body':
        if (((t = l.body), !t)) throw Error(o(454));
        return t;
      default:
        throw Error(o(451));
    }
  }
  function B0(t, l, e) {
    for (var a in e) {
      var u = e[a];
      Object.hasOwn(e, a) && u != null && At(t, l, a, null, qy, u);
    }
    e.dangerouslySetInnerHTML != null && (t.textContent = ''), t.onclick === Kl && (t.onclick = null), gn(t);
  }
  function ds(t) {
    for (var l = t.attributes; l.length; ) t.removeAttributeNode(l[0]);
    gn(t);
  }
  var jl = new Map(),
    q0 = new Set();
  function ku(t) {
    if (typeof t.getRootNode == 'function') {
      var l = t.getRootNode();
      if (l.nodeType === 9 || l.nodeType === 11) return l;
    }
    return t.nodeType === 9 ? t : t.ownerDocument;
  }
  var Se = lt.d;
  lt.d = { f: sh, r: oh, D: rh, C: dh, L: mh, m: vh, X: hh, S: yh, M: gh };
  function sh() {
    var t = Se.f(),
      l = Tc();
    return t || l;
  }
  function oh(t) {
    var l = za(t);
    l !== null && l.tag === 5 && l.type === 'form' ? Gr(l) : Se.r(t);
  }
  var nu = typeof document > 'u' ? null : document;
  function Y0(t, l, e) {
    var a = nu;
    if (a && typeof l == 'string' && l) {
      var u = Cl(l);
      (u = 'link[rel="' + t + '"][href="' + u + '"]'),
        typeof e == 'string' && (u += '[crossorigin="' + e + '"]'),
        q0.has(u) ||
          (q0.add(u),
          (t = { rel: t, crossOrigin: e, href: l }),
          a.querySelector(u) === null &&
            ((l = a.createElement('link')), al(l, 'link', t), wt(l), a.head.appendChild(l)));
    }
  }
  function rh(t) {
    Se.D(t), Y0('dns-prefetch', t, null);
  }
  function dh(t, l) {
    Se.C(t, l), Y0('preconnect', t, l);
  }
  function mh(t, l, e) {
    Se.L(t, l, e);
    var a = nu;
    if (a && t && l) {
      var u = 'link[rel="preload"][as="' + Cl(l) + '"]';
      l === 'image' && e && e.imageSrcSet
        ? ((u += '[imagesrcset="' + Cl(e.imageSrcSet) + '"]'),
          typeof e.imageSizes == 'string' && (u += '[imagesizes="' + Cl(e.imageSizes) + '"]'))
        : (u += '[href="' + Cl(t) + '"]');
      var n = u;
      switch (l) {
        case 'style':
          n = cu(t);
          break;
        case 'script':
          n = iu(t);
      }
      if (
        !(
          jl.has(n) ||
          ((t = X({ rel: 'preload', href: l === 'image' && e && e.imageSrcSet ? void 0 : t, as: l }, e)),
          jl.set(n, t),
          a.querySelector(u) !== null ||
            (l === 'style' && a.querySelector(Pu(n))) ||
            (l === 'script' && a.querySelector(tn(n))))
        )
      ) {
        var c = a.createElement('link');
        al(c, 'link', t),
          l === 'style' &&
            ((c[hn] = !0),
            (c.onload = c.onerror =
              () => {
                Fs(c);
              })),
          wt(c),
          a.head.appendChild(c);
      }
    }
  }
  function vh(t, l) {
    Se.m(t, l);
    var e = nu;
    if (e && t) {
      var a = l && typeof l.as == 'string' ? l.as : 'script',
        u = 'link[rel="modulepreload"][as="' + Cl(a) + '"][href="' + Cl(t) + '"]',
        n = u;
      switch (a) {
        case 'audioworklet':
        case 'paintworklet':
        case 'serviceworker':
        case 'sharedworker':
        case 'worker':
        case 'script':
          n = iu(t);
      }
      if (
        !jl.has(n) &&
        ((t = X({ rel: 'modulepreload', href: t }, l)), jl.set(n, t), e.querySelector(u) === null)
      ) {
        switch (a) {
          case 'audioworklet':
          case 'paintworklet':
          case 'serviceworker':
          case 'sharedworker':
          case 'worker':
          case 'script':
            if (e.querySelector(tn(n))) return;
        }
        (a = e.createElement('link')), al(a, 'link', t), wt(a), e.head.appendChild(a);
      }
    }
  }
  function yh(t, l, e) {
    Se.S(t, l, e);
    var a = nu;
    if (a && t) {
      var u = Na(a).hoistableStyles,
        n = cu(t);
      l = l || 'default';
      var c = u.get(n);
      if (!c) {
        var i = { loading: 0, preload: null };
        if ((c = a.querySelector(Pu(n)))) i.loading = 5;
        else {
          (t = X({ rel: 'stylesheet', href: t, 'data-precedence': l }, e)), (e = jl.get(n)) && ms(t, e);
          var s = (c = a.createElement('link'));
          wt(s),
            al(s, 'link', t),
            (s._p = new Promise((h, E) => {
              (s.onload = h), (s.onerror = E);
            })),
            s.addEventListener('load', () => {
              i.loading |= 1;
            }),
            s.addEventListener('error', () => {
              i.loading |= 2;
            }),
            (i.loading |= 4),
            Cc(c, l, a);
        }
        (c = { type: 'stylesheet', instance: c, count: 1, state: i }), u.set(n, c);
      }
    }
  }
  function hh(t, l) {
    Se.X(t, l);
    var e = nu;
    if (e && t) {
      var a = Na(e).hoistableScripts,
        u = iu(t),
        n = a.get(u);
      n ||
        ((n = e.querySelector(tn(u))),
        n ||
          ((t = X({ src: t, async: !0 }, l)),
          (l = jl.get(u)) && vs(t, l),
          (n = e.createElement('script')),
          wt(n),
          al(n, 'link', t),
          e.head.appendChild(n)),
        (n = { type: 'script', instance: n, count: 1, state: null }),
        a.set(u, n));
    }
  }
  function gh(t, l) {
    Se.M(t, l);
    var e = nu;
    if (e && t) {
      var a = Na(e).hoistableScripts,
        u = iu(t),
        n = a.get(u);
      n ||
        ((n = e.querySelector(tn(u))),
        n ||
          ((t = X({ src: t, async: !0, type: 'module' }, l)),
          (l = jl.get(u)) && vs(t, l),
          (n = e.createElement('script')),
          wt(n),
          al(n, 'link', t),
          e.head.appendChild(n)),
        (n = { type: 'script', instance: n, count: 1, state: null }),
        a.set(u, n));
    }
  }
  function G0(t, l, e, a) {
    var u = (u = be.current) ? ku(u) : null;
    if (!u) throw Error(o(446));
    switch (t) {
      case 'meta':
      case 'title':
        return null;
      case 'style':
        return typeof e.precedence == 'string' && typeof e.href == 'string'
          ? ((e = cu(e.href)),
            (l = Na(u).hoistableStyles),
            (a = l.get(e)),
            a || ((a = { type: 'style', instance: null, count: 0, state: null }), l.set(e, a)),
            a)
          : { type: 'void', instance: null, count: 0, state: null };
      case 'link':
        if (e.rel === 'stylesheet' && typeof e.href == 'string' && typeof e.precedence == 'string') {
          t = cu(e.href);
          var n = Na(u).hoistableStyles,
            c = n.get(t);
          if (
            (c ||
              ((u = u.ownerDocument || u),
              (c = { type: 'stylesheet', instance: null, count: 0, state: { loading: 0, preload: null } }),
              n.set(t, c),
              (n = u.querySelector(Pu(t)))
                ? n._p || ((c.instance = n), (c.state.loading = 5))
                : ((n = jl.get(t)),
                  n ||
                    ((n = {
                      rel: 'preload',
                      as: 'style',
                      href: e.href,
                      crossOrigin: e.crossOrigin,
                      integrity: e.integrity,
                      media: e.media,
                      hrefLang: e.hrefLang,
                      referrerPolicy: e.referrerPolicy,
                    }),
                    jl.set(t, n)),
                  Sh(u, t, n, c.state))),
            l && a === null)
          )
            throw Error(o(528, ''));
          return c;
        }
        if (l && a !== null) throw Error(o(529, ''));
        return null;
      case 'script':
        return (
          (l = e.async),
          (e = e.src),
          typeof e == 'string' && l && typeof l != 'function' && typeof l != 'symbol'
            ? ((e = iu(e)),
              (l = Na(u).hoistableScripts),
              (a = l.get(e)),
              a || ((a = { type: 'script', instance: null, count: 0, state: null }), l.set(e, a)),
              a)
            : { type: 'void', instance: null, count: 0, state: null }
        );
      default:
        throw Error(o(444, t));
    }
  }
  function cu(t) {
    return 'href="' + Cl(t) + '"';
  }
  function Pu(t) {
    return 'link[rel="stylesheet"][' + t + ']';
  }
  function X0(t) {
    return X({}, t, { 'data-precedence': t.precedence, precedence: null });
  }
  function Sh(t, l, e, a) {
    if ((l = t.querySelector('link[rel="preload"][as="style"][' + l + ']'))) {
      if (l[hn] !== !0) {
        a.loading = 1;
        return;
      }
    } else
      (l = t.createElement('link')),
        (l[hn] = !0),
        (l.onload = l.onerror = Fs.bind(null, l)),
        al(l, 'link', e),
        wt(l),
        t.head.appendChild(l);
    (a.preload = l),
      l.addEventListener('load', () => (a.loading |= 1)),
      l.addEventListener('error', () => (a.loading |= 2));
  }
  function iu(t) {
    return '[src="' + Cl(t) + '"]';
  }
  function tn(t) {
    return 'script[async]' + t;
  }
  function Q0(t, l, e) {
    if ((l.count++, l.instance === null))
      switch (l.type) {
        case 'style':
          var a = t.querySelector('style[data-href~="' + Cl(e.href) + '"]');
          if (a) return ((l.instance = a), wt(a), a);
          var u = X({}, e, {
            'data-href': e.href,
            'data-precedence': e.precedence,
            href: null,
            precedence: null,
          });
          return (
            (a = (t.ownerDocument || t).createElement('style')),
            wt(a),
            al(a, 'style', u),
            Cc(a, e.precedence, t),
            (l.instance = a)
          );
        case 'stylesheet':
          u = cu(e.href);
          var n = t.querySelector(Pu(u));
          if (n) return ((l.state.loading |= 4), (l.instance = n), wt(n), n);
          (a = X0(e)), (u = jl.get(u)) && ms(a, u), (n = (t.ownerDocument || t).createElement('link')), wt(n);
          var c = n;
          return (
            (c._p = new Promise((i, s) => {
              (c.onload = i), (c.onerror = s);
            })),
            al(n, 'link', a),
            (l.state.loading |= 4),
            Cc(n, e.precedence, t),
            (l.instance = n)
          );
        case 'script':
          return (
            (n = iu(e.src)),
            (u = t.querySelector(tn(n)))
              ? ((l.instance = u), wt(u), u)
              : ((a = e),
                (u = jl.get(n)) && ((a = X({}, e)), vs(a, u)),
                (t = t.ownerDocument || t),
                (u = t.createElement('script')),
                wt(u),
                al(u, 'link', a),
                t.head.appendChild(u),
                (l.instance = u))
          );
        case 'void':
          return null;
        default:
          throw Error(o(443, l.type));
      }
    else
      l.type === 'stylesheet' &&
        (l.state.loading & 4) === 0 &&
        ((a = l.instance), (l.state.loading |= 4), Cc(a, e.precedence, t));
    return l.instance;
  }
  function Cc(t, l, e) {
    for (
      var a = e.querySelectorAll('link[rel="stylesheet"][data-precedence],style[data-precedence]'),
        u = a.length ? a[a.length - 1] : null,
        n = u,
        c = 0;
      c < a.length;
      c++
    ) {
      var i = a[c];
      if (i.dataset.precedence === l) n = i;
      else if (n !== u) break;
    }
    n
      ? n.parentNode.insertBefore(t, n.nextSibling)
      : ((l = e.nodeType === 9 ? e.head : e), l.insertBefore(t, l.firstChild));
  }
  function ms(t, l) {
    t.crossOrigin == null && (t.crossOrigin = l.crossOrigin),
      t.referrerPolicy == null && (t.referrerPolicy = l.referrerPolicy),
      t.title == null && (t.title = l.title);
  }
  function vs(t, l) {
    t.crossOrigin == null && (t.crossOrigin = l.crossOrigin),
      t.referrerPolicy == null && (t.referrerPolicy = l.referrerPolicy),
      t.integrity == null && (t.integrity = l.integrity);
  }
  var Mc = null;
  function L0(t, l, e) {
    if (Mc === null) {
      var a = new Map(),
        u = (Mc = new Map());
      u.set(e, a);
    } else (u = Mc), (a = u.get(e)), a || ((a = new Map()), u.set(e, a));
    if (a.has(t)) return a;
    for (a.set(t, null), e = e.getElementsByTagName(t), u = 0; u < e.length; u++) {
      var n = e[u];
      if (
        !(n[yu] || n[kt] || (t === 'link' && n.getAttribute('rel') === 'stylesheet')) &&
        n.namespaceURI !== 'http://www.w3.org/2000/svg'
      ) {
        var c = n.getAttribute(l) || '';
        c = t + c;
        var i = a.get(c);
        i ? i.push(n) : a.set(c, [n]);
      }
    }
    return a;
  }
  function ys(t, l, e) {
    (t = t.ownerDocument || t),
      t.head.insertBefore(e, l === 'title' ? t.querySelector('head > title') : null);
  }
  function bh(t, l, e) {
    if (e === 1 || l.itemProp != null) return !1;
    switch (t) {
      case 'meta':
      case 'title':
        return !0;
      case 'style':
        if (typeof l.precedence != 'string' || typeof l.href != 'string' || l.href === '') break;
        return !0;
      case 'link':
        if (typeof l.rel != 'string' || typeof l.href != 'string' || l.href === '' || l.onLoad || l.onError)
          break;
        return l.rel === 'stylesheet' ? ((t = l.disabled), typeof l.precedence == 'string' && t == null) : !0;
      case 'script':
        if (
          l.async &&
          typeof l.async != 'function' &&
          typeof l.async != 'symbol' &&
          !l.onLoad &&
          !l.onError &&
          l.src &&
          typeof l.src == 'string'
        )
          return !0;
    }
    return !1;
  }
  function V0(t, l) {
    return t === 'img' && l.src != null && l.src !== '' && l.onLoad == null && l.loading !== 'lazy';
  }
  function Z0(t) {
    return !(t.type === 'stylesheet' && (t.state.loading & 3) === 0);
  }
  function K0(t) {
    return (
      (t.width || 100) *
      (t.height || 100) *
      (typeof devicePixelRatio == 'number' ? devicePixelRatio : 1) *
      0.25
    );
  }
  function J0(t, l) {
    typeof l.decode == 'function' &&
      (t.imgCount++,
      l.complete || ((t.imgBytes += K0(l)), t.suspenseyImages.push(l)),
      (t = _h.bind(t)),
      l.decode().then(t, t));
  }
  function Th(t, l, e, a) {
    if (
      e.type === 'stylesheet' &&
      (typeof a.media != 'string' || matchMedia(a.media).matches !== !1) &&
      (e.state.loading & 4) === 0
    ) {
      if (e.instance === null) {
        var u = cu(a.href),
          n = l.querySelector(Pu(u));
        if (n) {
          (l = n._p),
            l !== null &&
              typeof l == 'object' &&
              typeof l.then == 'function' &&
              (t.count++, (t = ln.bind(t)), l.then(t, t)),
            (e.state.loading |= 4),
            (e.instance = n),
            wt(n);
          return;
        }
        (n = l.ownerDocument || l),
          (a = X0(a)),
          (u = jl.get(u)) && ms(a, u),
          (n = n.createElement('link')),
          wt(n);
        var c = n;
        (c._p = new Promise((i, s) => {
          (c.onload = i), (c.onerror = s);
        })),
          al(n, 'link', a),
          (e.instance = n);
      }
      t.stylesheets === null && (t.stylesheets = new Map()),
        t.stylesheets.set(e, l),
        (l = e.state.preload) &&
          (e.state.loading & 3) === 0 &&
          (t.count++, (e = ln.bind(t)), l.addEventListener('load', e), l.addEventListener('error', e));
    }
  }
  var Dc = 0;
  function Eh(t, l) {
    return (
      t.stylesheets && t.count === 0 && Uc(t, t.stylesheets),
      0 < t.count || 0 < t.imgCount
        ? (e) => {
            var a = setTimeout(() => {
              if ((t.stylesheets && Uc(t, t.stylesheets), t.unsuspend)) {
                var n = t.unsuspend;
                (t.unsuspend = null), n();
              }
            }, 6e4 + l);
            0 < t.imgBytes && Dc === 0 && (Dc = 62500 * Gy());
            var u = setTimeout(
              () => {
                if (
                  ((t.waitingForImages = !1),
                  t.count === 0 && (t.stylesheets && Uc(t, t.stylesheets), t.unsuspend))
                ) {
                  var n = t.unsuspend;
                  (t.unsuspend = null), n();
                }
              },
              (t.imgBytes > Dc ? 50 : 800) + l,
            );
            return (
              (t.unsuspend = e),
              () => {
                (t.unsuspend = null), clearTimeout(a), clearTimeout(u);
              }
            );
          }
        : null
    );
  }
  function w0(t) {
    if (t.count === 0 && (t.imgCount === 0 || !t.waitingForImages)) {
      if (t.stylesheets) Uc(t, t.stylesheets);
      else if (t.unsuspend) {
        var l = t.unsuspend;
        (t.unsuspend = null), l();
      }
    }
  }
  function ln() {
    this.count--, w0(this);
  }
  function _h() {
    this.imgCount--, w0(this);
  }
  var Rc = null;
  function Uc(t, l) {
    (t.stylesheets = null),
      t.unsuspend !== null && (t.count++, (Rc = new Map()), l.forEach(zh, t), (Rc = null), ln.call(t));
  }
  function zh(t, l) {
    if (!(l.state.loading & 4)) {
      var e = Rc.get(t);
      if (e) var a = e.get(null);
      else {
        (e = new Map()), Rc.set(t, e);
        for (
          var u = t.querySelectorAll('link[data-precedence],style[data-precedence]'), n = 0;
          n < u.length;
          n++
        ) {
          var c = u[n];
          (c.nodeName === 'LINK' || c.getAttribute('media') !== 'not all') &&
            (e.set(c.dataset.precedence, c), (a = c));
        }
        a && e.set(null, a);
      }
      (u = l.instance),
        (c = u.getAttribute('data-precedence')),
        (n = e.get(c) || a),
        n === a && e.set(null, u),
        e.set(c, u),
        this.count++,
        (a = ln.bind(this)),
        u.addEventListener('load', a),
        u.addEventListener('error', a),
        n
          ? n.parentNode.insertBefore(u, n.nextSibling)
          : ((t = t.nodeType === 9 ? t.head : t), t.insertBefore(u, t.firstChild)),
        (l.state.loading |= 4);
    }
  }
  var fu = {
    $$typeof: ft,
    Provider: null,
    Consumer: null,
    _currentValue: ae,
    _currentValue2: ae,
    _threadCount: 0,
  };
  function Nh(t, l, e, a, u, n, c, i, s) {
    (this.tag = 1),
      (this.containerInfo = t),
      (this.pingCache = this.current = this.pendingChildren = null),
      (this.timeoutHandle = -1),
      (this.callbackNode = this.next = this.pendingContext = this.context = this.cancelPendingCommit = null),
      (this.callbackPriority = 0),
      (this.expirationTimes = $c(-1)),
      (this.entangledLanes =
        this.shellSuspendCounter =
        this.errorRecoveryDisabledLanes =
        this.expiredLanes =
        this.warmLanes =
        this.pingedLanes =
        this.suspendedLanes =
        this.pendingLanes =
          0),
      (this.entanglements = $c(0)),
      (this.hiddenUpdates = $c(null)),
      (this.identifierPrefix = a),
      (this.onUncaughtError = u),
      (this.onCaughtError = n),
      (this.onRecoverableError = c),
      (this.pooledCache = null),
      (this.pooledCacheLanes = 0),
      (this.formState = s),
      (this.transitionTypes = null),
      (this.incompleteTransitions = new Map());
  }
  function $0(t, l, e, a, u, n, c, i, s, h, E, C) {
    return (
      (t = new Nh(t, l, e, c, s, h, E, C, i)),
      (l = 1),
      n === !0 && (l |= 24),
      (n = rl(3, null, null, l)),
      (t.current = n),
      (n.stateNode = t),
      (l = Di()),
      l.refCount++,
      (t.pooledCache = l),
      l.refCount++,
      (n.memoizedState = { element: a, isDehydrated: e, cache: l }),
      Hi(n),
      t
    );
  }
  function W0(t) {
    return t ? ((t = xa), t) : xa;
  }
  function F0(t, l, e, a, u, n) {
    (u = W0(u)),
      a.context === null ? (a.context = u) : (a.pendingContext = u),
      (a = Re(l)),
      (a.payload = { element: e }),
      (n = n === void 0 ? null : n),
      n !== null && (a.callback = n),
      (e = Ue(t, a, l)),
      e !== null && (yl(e, t, l), pu(e, t, l));
  }
  function I0(t, l) {
    if (((t = t.memoizedState), t !== null && t.dehydrated !== null)) {
      var e = t.retryLane;
      t.retryLane = e !== 0 && e < l ? e : l;
    }
  }
  function hs(t, l) {
    I0(t, l), (t = t.alternate) && I0(t, l);
  }
  function k0(t) {
    if (t.tag === 13 || t.tag === 31) {
      var l = la(t, 67108864);
      l !== null && yl(l, t, 67108864), hs(t, 67108864);
    }
  }
  function P0(t) {
    if (t.tag === 13 || t.tag === 31) {
      var l = Ol();
      l = Wc(l);
      var e = la(t, l);
      e !== null && yl(e, t, l), hs(t, l);
    }
  }
  var su = !0;
  function Oh(t, l, e, a) {
    var u = Z.T;
    Z.T = null;
    var n = lt.p;
    try {
      (lt.p = 2), gs(t, l, e, a);
    } finally {
      (lt.p = n), (Z.T = u);
    }
  }
  function Ah(t, l, e, a) {
    var u = Z.T;
    Z.T = null;
    var n = lt.p;
    try {
      (lt.p = 8), gs(t, l, e, a);
    } finally {
      (lt.p = n), (Z.T = u);
    }
  }
  function gs(t, l, e, a) {
    if (su) {
      var u = Ss(a);
      if (u === null) kf(t, l, a, pc, e), lm(t, a);
      else if (Mh(u, t, l, e, a)) a.stopPropagation();
      else if ((lm(t, a), l & 4 && -1 < Ch.indexOf(t))) {
        for (; u !== null; ) {
          var n = za(u);
          if (n !== null)
            switch (n.tag) {
              case 3:
                if (((n = n.stateNode), n.current.memoizedState.isDehydrated)) {
                  var c = Fe(n.pendingLanes);
                  if (c !== 0) {
                    var i = n;
                    for (i.pendingLanes |= 2, i.entangledLanes |= 2; c; ) {
                      var s = 1 << (31 - Sl(c));
                      (i.entanglements[1] |= s), (c &= ~s);
                    }
                    le(n), (Et & 6) === 0 && ((gc = hl() + 500), $u(0));
                  }
                }
                break;
              case 31:
              case 13:
                (i = la(n, 2)), i !== null && yl(i, n, 2), Tc(), hs(n, 2);
            }
          if (((n = Ss(a)), n === null && kf(t, l, a, pc, e), n === u)) break;
          u = n;
        }
        u !== null && a.stopPropagation();
      } else kf(t, l, a, null, e);
    }
  }
  function Ss(t) {
    return ((t = ei(t)), bs(t));
  }
  var pc = null;
  function bs(t) {
    if (((pc = null), (t = Ie(t)), t !== null)) {
      var l = O(t);
      if (l === null) t = null;
      else {
        var e = l.tag;
        if (e === 13) {
          if (((t = N(l)), t !== null)) return t;
          t = null;
        } else if (e === 31) {
          if (((t = U(l)), t !== null)) return t;
          t = null;
        } else if (e === 3) {
          if (l.stateNode.current.memoizedState.isDehydrated)
            return l.tag === 3 ? l.stateNode.containerInfo : null;
          t = null;
        } else l !== t && (t = null);
      }
    }
    return ((pc = t), null);
  }
  function tm(t) {
    switch (t) {
      case 'beforetoggle':
      case 'cancel':
      case 'click':
      case 'close':
      case 'contextmenu':
      case 'copy':
      case 'cut':
      case 'auxclick':
      case 'dblclick':
      case 'dragend':
      case 'dragstart':
      case 'drop':
      case 'focusin':
      case 'focusout':
      case 'input':
      case 'invalid':
      case 'keydown':
      case 'keypress':
      case 'keyup':
      case 'mousedown':
      case 'mouseup':
      case 'paste':
      case 'pause':
      case 'play':
      case 'pointercancel':
      case 'pointerdown':
      case 'pointerup':
      case 'ratechange':
      case 'reset':
      case 'seeked':
      case 'submit':
      case 'toggle':
      case 'touchcancel':
      case 'touchend':
      case 'touchstart':
      case 'volumechange':
      case 'change':
      case 'selectionchange':
      case 'textInput':
      case 'compositionstart':
      case 'compositionend':
      case 'compositionupdate':
      case 'beforeblur':
      case 'afterblur':
      case 'beforeinput':
      case 'blur':
      case 'fullscreenchange':
      case 'fullscreenerror':
      case 'focus':
      case 'hashchange':
      case 'popstate':
      case 'select':
      case 'selectstart':
        return 2;
      case 'drag':
      case 'dragenter':
      case 'dragexit':
      case 'dragleave':
      case 'dragover':
      case 'mousemove':
      case 'mouseout':
      case 'mouseover':
      case 'pointermove':
      case 'pointerout':
      case 'pointerover':
      case 'resize':
      case 'scroll':
      case 'touchmove':
      case 'wheel':
      case 'mouseenter':
      case 'mouseleave':
      case 'pointerenter':
      case 'pointerleave':
        return 8;
      case 'message':
        switch (Gm()) {
          case Ys:
            return 2;
          case Gs:
            return 8;
          case rn:
          case Xm:
            return 32;
          case Xs:
            return 268435456;
          default:
            return 32;
        }
      default:
        return 32;
    }
  }
  var Ts = !1,
    Ve = null,
    Ze = null,
    Ke = null,
    en = new Map(),
    an = new Map(),
    Je = [],
    Ch =
      'mousedown mouseup touchcancel touchend touchstart auxclick dblclick pointercancel pointerdown pointerup dragend dragstart drop compositionend compositionstart keydown keypress keyup input textInput copy cut paste click change contextmenu reset'.split(
        ' ',
      );
  function lm(t, l) {
    switch (t) {
      case 'focusin':
      case 'focusout':
        Ve = null;
        break;
      case 'dragenter':
      case 'dragleave':
        Ze = null;
        break;
      case 'mouseover':
      case 'mouseout':
        Ke = null;
        break;
      case 'pointerover':
      case 'pointerout':
        en.delete(l.pointerId);
        break;
      case 'gotpointercapture':
      case 'lostpointercapture':
        an.delete(l.pointerId);
    }
  }
  function un(t, l, e, a, u, n) {
    return t === null || t.nativeEvent !== n
      ? ((t = { blockedOn: l, domEventName: e, eventSystemFlags: a, nativeEvent: n, targetContainers: [u] }),
        l !== null && ((l = za(l)), l !== null && k0(l)),
        t)
      : ((t.eventSystemFlags |= a),
        (l = t.targetContainers),
        u !== null && l.indexOf(u) === -1 && l.push(u),
        t);
  }
  function Mh(t, l, e, a, u) {
    switch (l) {
      case 'focusin':
        return ((Ve = un(Ve, t, l, e, a, u)), !0);
      case 'dragenter':
        return ((Ze = un(Ze, t, l, e, a, u)), !0);
      case 'mouseover':
        return ((Ke = un(Ke, t, l, e, a, u)), !0);
      case 'pointerover':
        var n = u.pointerId;
        return (en.set(n, un(en.get(n) || null, t, l, e, a, u)), !0);
      case 'gotpointercapture':
        return ((n = u.pointerId), an.set(n, un(an.get(n) || null, t, l, e, a, u)), !0);
    }
    return !1;
  }
  function em(t) {
    var l = Ie(t.target);
    if (l !== null) {
      var e = O(l);
      if (e !== null) {
        if (((l = e.tag), l === 13)) {
          if (((l = N(e)), l !== null)) {
            (t.blockedOn = l),
              ws(t.priority, () => {
                P0(e);
              });
            return;
          }
        } else if (l === 31) {
          if (((l = U(e)), l !== null)) {
            (t.blockedOn = l),
              ws(t.priority, () => {
                P0(e);
              });
            return;
          }
        } else if (l === 3 && e.stateNode.current.memoizedState.isDehydrated) {
          t.blockedOn = e.tag === 3 ? e.stateNode.containerInfo : null;
          return;
        }
      }
    }
    t.blockedOn = null;
  }
  function Hc(t) {
    if (t.blockedOn !== null) return !1;
    for (var l = t.targetContainers; 0 < l.length; ) {
      var e = Ss(t.nativeEvent);
      if (e === null) {
        e = t.nativeEvent;
        var a = new e.constructor(e.type, e);
        (li = a), e.target.dispatchEvent(a), (li = null);
      } else return ((l = za(e)), l !== null && k0(l), (t.blockedOn = e), !1);
      l.shift();
    }
    return !0;
  }
  function am(t, l, e) {
    Hc(t) && e.delete(l);
  }
  function Dh() {
    (Ts = !1),
      Ve !== null && Hc(Ve) && (Ve = null),
      Ze !== null && Hc(Ze) && (Ze = null),
      Ke !== null && Hc(Ke) && (Ke = null),
      en.forEach(am),
      an.forEach(am);
  }
  function xc(t, l) {
    t.blockedOn === l &&
      ((t.blockedOn = null), Ts || ((Ts = !0), f.unstable_scheduleCallback(f.unstable_NormalPriority, Dh)));
  }
  var jc = null;
  function um(t) {
    jc !== t &&
      ((jc = t),
      f.unstable_scheduleCallback(f.unstable_NormalPriority, () => {
        jc === t && (jc = null);
        for (var l = 0; l < t.length; l += 3) {
          var e = t[l],
            a = t[l + 1],
            u = t[l + 2];
          if (typeof a != 'function') {
            if (bs(a || e) === null) continue;
            break;
          }
          var n = za(e);
          n !== null &&
            (t.splice(l, 3), (l -= 3), tf(n, { pending: !0, data: u, method: e.method, action: a }, a, u));
        }
      }));
  }
  function ou(t) {
    function l(s) {
      return xc(s, t);
    }
    Ve !== null && xc(Ve, t),
      Ze !== null && xc(Ze, t),
      Ke !== null && xc(Ke, t),
      en.forEach(l),
      an.forEach(l);
    for (var e = 0; e < Je.length; e++) {
      var a = Je[e];
      a.blockedOn === t && (a.blockedOn = null);
    }
    for (; 0 < Je.length && ((e = Je[0]), e.blockedOn === null); ) em(e), e.blockedOn === null && Je.shift();
    if (((e = (t.ownerDocument || t).$$reactFormReplay), e != null))
      for (a = 0; a < e.length; a += 3) {
        var u = e[a],
          n = e[a + 1],
          c = u[ol] || null;
        if (typeof n == 'function') c || um(e);
        else if (c) {
          var i = null;
          if (n && n.hasAttribute('formAction')) {
            if (((u = n), (c = n[ol] || null))) i = c.formAction;
            else if (bs(u) !== null) continue;
          } else i = c.action;
          typeof i == 'function' ? (e[a + 1] = i) : (e.splice(a, 3), (a -= 3)), um(e);
        }
      }
  }
  function nm() {
    function t(n) {
      n.canIntercept &&
        n.info === 'react-transition' &&
        n.intercept({ handler: () => new Promise((c) => (u = c)), focusReset: 'manual', scroll: 'manual' });
    }
    function l() {
      u !== null && (u(), (u = null)), a || setTimeout(e, 20);
    }
    function e() {
      if (!a && !navigation.transition) {
        var n = navigation.currentEntry;
        n &&
          n.url != null &&
          navigation.navigate(n.url, { state: n.getState(), info: 'react-transition', history: 'replace' });
      }
    }
    if (typeof navigation == 'object') {
      var a = !1,
        u = null;
      return (
        navigation.addEventListener('navigate', t),
        navigation.addEventListener('navigatesuccess', l),
        navigation.addEventListener('navigateerror', l),
        setTimeout(e, 100),
        () => {
          (a = !0),
            navigation.removeEventListener('navigate', t),
            navigation.removeEventListener('navigatesuccess', l),
            navigation.removeEventListener('navigateerror', l),
            u !== null && (u(), (u = null));
        }
      );
    }
  }
  function Es(t) {
    this._internalRoot = t;
  }
  (Bc.prototype.render = Es.prototype.render =
    function (t) {
      var l = this._internalRoot;
      if (l === null) throw Error(o(409));
      var e = l.current,
        a = Ol();
      F0(e, a, t, l, null, null);
    }),
    (Bc.prototype.unmount = Es.prototype.unmount =
      function () {
        var t = this._internalRoot;
        if (t !== null) {
          this._internalRoot = null;
          var l = t.containerInfo;
          F0(t.current, 2, null, t, null, null), Tc(), (l[_a] = null);
        }
      });
  function Bc(t) {
    this._internalRoot = t;
  }
  Bc.prototype.unstable_scheduleHydration = (t) => {
    if (t) {
      var l = Js();
      t = { blockedOn: null, target: t, priority: l };
      for (var e = 0; e < Je.length && l !== 0 && l < Je[e].priority; e++);
      Je.splice(e, 0, t), e === 0 && em(t);
    }
  };
  var cm = g.version;
  if (cm !== '19.3.1') throw Error(o(527, cm, '19.3.1'));
  lt.findDOMNode = (t) => {
    var l = t._reactInternals;
    if (l === void 0)
      throw typeof t.render == 'function'
        ? Error(o(188))
        : ((t = Object.keys(t).join(',')), Error(o(268, t)));
    return ((t = D(l)), (t = t !== null ? _(t) : null), (t = t === null ? null : t.stateNode), t);
  };
  var Rh = {
    bundleType: 0,
    version: '19.3.1',
    rendererPackageName: 'react-dom',
    currentDispatcherRef: Z,
    reconcilerVersion: '19.3.1',
  };
  if (typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ < 'u') {
    var qc = __REACT_DEVTOOLS_GLOBAL_HOOK__;
    if (!qc.isDisabled && qc.supportsFiber)
      try {
        (du = qc.inject(Rh)), (gl = qc);
      } catch {}
  }
  return (
    (cn.createRoot = (t, l) => {
      if (!z(t)) throw Error(o(299));
      var e = !1,
        a = '',
        u = Wr,
        n = Fr,
        c = Ir;
      return (
        l != null &&
          (l.unstable_strictMode === !0 && (e = !0),
          l.identifierPrefix !== void 0 && (a = l.identifierPrefix),
          l.onUncaughtError !== void 0 && (u = l.onUncaughtError),
          l.onCaughtError !== void 0 && (n = l.onCaughtError),
          l.onRecoverableError !== void 0 && (c = l.onRecoverableError)),
        (l = $0(t, 1, !1, null, null, e, a, null, u, n, c, nm)),
        (t[_a] = l.current),
        If(t),
        new Es(l)
      );
    }),
    (cn.hydrateRoot = (t, l, e) => {
      if (!z(t)) throw Error(o(299));
      var a = !1,
        u = '',
        n = Wr,
        c = Fr,
        i = Ir,
        s = null;
      return (
        e != null &&
          (e.unstable_strictMode === !0 && (a = !0),
          e.identifierPrefix !== void 0 && (u = e.identifierPrefix),
          e.onUncaughtError !== void 0 && (n = e.onUncaughtError),
          e.onCaughtError !== void 0 && (c = e.onCaughtError),
          e.onRecoverableError !== void 0 && (i = e.onRecoverableError),
          e.formState !== void 0 && (s = e.formState)),
        (l = $0(t, 1, !0, l, e ?? null, a, u, s, n, c, i, nm)),
        (l.context = W0(null)),
        (e = l.current),
        (a = Ol()),
        (a = Wc(a)),
        (u = Re(a)),
        (u.callback = null),
        Ue(e, u, a),
        (e = a),
        (l.current.lanes = e),
        vu(l, e),
        le(l),
        (t[_a] = l.current),
        If(t),
        new Bc(l)
      );
    }),
    (cn.version = '19.3.1'),
    cn
  );
}
var hm;
function Xh() {
  if (hm) return Ns.exports;
  hm = 1;
  function f() {
    if (
      !(
        typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ > 'u' ||
        typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE != 'function'
      )
    )
      try {
        __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(f);
      } catch (g) {
        console.error(g);
      }
  }
  return (f(), (Ns.exports = Gh()), Ns.exports);
}
var Qh = Xh();
const Lh = 'modulepreload',
  Vh = (f) => '/' + f,
  gm = {},
  Zh = (g, S, o) => {
    let z = Promise.resolve();
    if (S && S.length > 0) {
      const D = (_) =>
        Promise.all(
          _.map((y) =>
            Promise.resolve(y).then(
              (p) => ({ status: 'fulfilled', value: p }),
              (p) => ({ status: 'rejected', reason: p }),
            ),
          ),
        );
      var N = D;
      document.getElementsByTagName('link');
      const U = document.querySelector('meta[property=csp-nonce]'),
        x = U?.nonce || U?.getAttribute('nonce');
      z = D(
        S.map((_) => {
          if (((_ = Vh(_)), _ in gm)) return;
          gm[_] = !0;
          const y = _.endsWith('.css'),
            p = y ? '[rel="stylesheet"]' : '';
          if (document.querySelector(`link[href="${_}"]${p}`)) return;
          const j = document.createElement('link');
          if (
            ((j.rel = y ? 'stylesheet' : Lh),
            y || (j.as = 'script'),
            (j.crossOrigin = ''),
            (j.href = _),
            x && j.setAttribute('nonce', x),
            document.head.appendChild(j),
            y)
          )
            return new Promise((W, I) => {
              j.addEventListener('load', W),
                j.addEventListener('error', () => I(new Error(`Unable to preload CSS for ${_}`)));
            });
        }),
      );
    }
    function O(U) {
      const x = new Event('vite:preloadError', { cancelable: !0 });
      if (((x.payload = U), window.dispatchEvent(x), !x.defaultPrevented)) throw U;
    }
    return z.then((U) => {
      for (const x of U || []) x.status === 'rejected' && O(x.reason);
      return g().catch(O);
    });
  };
class Ms extends Error {
  constructor(g, S) {
    super(g),
      (this.name = 'ParseError'),
      (this.type = S.type),
      (this.field = S.field),
      (this.value = S.value),
      (this.line = S.line);
  }
}
const Sm = 10,
  Kh = 13,
  ba = 32;
function Ds(f) {}
function Jh(f) {
  if (typeof f == 'function')
    throw new TypeError(
      '`config` must be an object, got a function instead. Did you mean `createParser({onEvent: fn})`?',
    );
  const { onEvent: g = Ds, onError: S = Ds, onRetry: o = Ds, onComment: z, maxBufferSize: O } = f,
    N = [];
  let U = 0,
    x = !0,
    D,
    _ = '',
    y = 0,
    p,
    j = !1;
  function W(G) {
    if (j)
      throw new Error(
        'Cannot feed parser: it was terminated after exceeding the configured max buffer size. Call `reset()` to resume parsing.',
      );
    if (
      (x &&
        ((x = !1),
        G.charCodeAt(0) === 239 && G.charCodeAt(1) === 187 && G.charCodeAt(2) === 191 && (G = G.slice(3))),
      N.length === 0)
    ) {
      const J = ct(G);
      J !== '' && (N.push(J), (U = J.length)), I();
      return;
    }
    if (
      G.indexOf(`
`) === -1 &&
      G.indexOf('\r') === -1
    ) {
      N.push(G), (U += G.length), I();
      return;
    }
    N.push(G);
    const B = N.join('');
    (N.length = 0), (U = 0);
    const X = ct(B);
    X !== '' && (N.push(X), (U = X.length)), I();
  }
  function I() {
    O !== void 0 &&
      (U + _.length <= O ||
        ((j = !0),
        (N.length = 0),
        (U = 0),
        (D = void 0),
        (_ = ''),
        (y = 0),
        (p = void 0),
        S(
          new Ms(`Buffered data exceeded max buffer size of ${O} characters`, {
            type: 'max-buffer-size-exceeded',
          }),
        )));
  }
  function ct(G) {
    let B = 0;
    if (G.indexOf('\r') === -1) {
      let X = G.indexOf(
        `
`,
        B,
      );
      for (; X !== -1; ) {
        if (B === X) {
          y > 0 && g({ id: D, event: p, data: _ }),
            (D = void 0),
            (_ = ''),
            (y = 0),
            (p = void 0),
            (B = X + 1),
            (X = G.indexOf(
              `
`,
              B,
            ));
          continue;
        }
        const J = G.charCodeAt(B);
        if (bm(G, B, J)) {
          const yt = G.charCodeAt(B + 5) === ba ? B + 6 : B + 5,
            Ut = G.slice(yt, X);
          if (y === 0 && G.charCodeAt(X + 1) === Sm) {
            g({ id: D, event: p, data: Ut }),
              (D = void 0),
              (_ = ''),
              (p = void 0),
              (B = X + 2),
              (X = G.indexOf(
                `
`,
                B,
              ));
            continue;
          }
          (_ =
            y === 0
              ? Ut
              : `${_}
${Ut}`),
            y++;
        } else
          Tm(G, B, J) ? (p = G.slice(G.charCodeAt(B + 6) === ba ? B + 7 : B + 6, X) || void 0) : vt(G, B, X);
        (B = X + 1),
          (X = G.indexOf(
            `
`,
            B,
          ));
      }
      return G.slice(B);
    }
    for (; B < G.length; ) {
      const X = G.indexOf('\r', B),
        J = G.indexOf(
          `
`,
          B,
        );
      let yt = -1;
      if (
        (X !== -1 && J !== -1
          ? (yt = X < J ? X : J)
          : X !== -1
            ? X === G.length - 1
              ? (yt = -1)
              : (yt = X)
            : J !== -1 && (yt = J),
        yt === -1)
      )
        break;
      vt(G, B, yt), (B = yt + 1), G.charCodeAt(B - 1) === Kh && G.charCodeAt(B) === Sm && B++;
    }
    return G.slice(B);
  }
  function vt(G, B, X) {
    if (B === X) {
      Ct();
      return;
    }
    const J = G.charCodeAt(B);
    if (bm(G, B, J)) {
      const jt = G.charCodeAt(B + 5) === ba ? B + 6 : B + 5,
        ft = G.slice(jt, X);
      (_ =
        y === 0
          ? ft
          : `${_}
${ft}`),
        y++;
      return;
    }
    if (Tm(G, B, J)) {
      p = G.slice(G.charCodeAt(B + 6) === ba ? B + 7 : B + 6, X) || void 0;
      return;
    }
    if (J === 105 && G.charCodeAt(B + 1) === 100 && G.charCodeAt(B + 2) === 58) {
      const jt = G.slice(G.charCodeAt(B + 3) === ba ? B + 4 : B + 3, X);
      jt.includes('\0') || (D = jt);
      return;
    }
    if (J === 58) {
      if (z) {
        const jt = G.slice(B, X);
        z(jt.slice(G.charCodeAt(B + 1) === ba ? 2 : 1));
      }
      return;
    }
    const yt = G.slice(B, X),
      Ut = yt.indexOf(':');
    if (Ut === -1) {
      at(yt, '', yt);
      return;
    }
    const H = yt.slice(0, Ut),
      P = yt.charCodeAt(Ut + 1) === ba ? 2 : 1,
      gt = yt.slice(Ut + P);
    at(H, gt, yt);
  }
  function at(G, B, X) {
    switch (G) {
      case 'event':
        p = B || void 0;
        break;
      case 'data':
        (_ =
          y === 0
            ? B
            : `${_}
${B}`),
          y++;
        break;
      case 'id':
        B.includes('\0') || (D = B);
        break;
      case 'retry':
        /^\d+$/.test(B)
          ? o(parseInt(B, 10))
          : S(new Ms(`Invalid \`retry\` value: "${B}"`, { type: 'invalid-retry', value: B, line: X }));
        break;
      default:
        S(
          new Ms(`Unknown field "${G.length > 20 ? `${G.slice(0, 20)}…` : G}"`, {
            type: 'unknown-field',
            field: G,
            value: B,
            line: X,
          }),
        );
        break;
    }
  }
  function Ct() {
    y > 0 && g({ id: D, event: p, data: _ }), (D = void 0), (_ = ''), (y = 0), (p = void 0);
  }
  function Bt(G = {}) {
    if (G.consume && N.length > 0) {
      const B = N.join('');
      vt(B, 0, B.length);
    }
    (x = !0), (D = void 0), (_ = ''), (y = 0), (p = void 0), (N.length = 0), (U = 0), (j = !1);
  }
  return { feed: W, reset: Bt };
}
function bm(f, g, S) {
  return (
    S === 100 &&
    f.charCodeAt(g + 1) === 97 &&
    f.charCodeAt(g + 2) === 116 &&
    f.charCodeAt(g + 3) === 97 &&
    f.charCodeAt(g + 4) === 58
  );
}
function Tm(f, g, S) {
  return (
    S === 101 &&
    f.charCodeAt(g + 1) === 118 &&
    f.charCodeAt(g + 2) === 101 &&
    f.charCodeAt(g + 3) === 110 &&
    f.charCodeAt(g + 4) === 116 &&
    f.charCodeAt(g + 5) === 58
  );
}
var $e = class extends Error {
    name = 'CallbridgeClientError';
    code;
    status;
    problem;
    constructor(f, g, S = {}) {
      super(g, { cause: S.cause }),
        (this.code = f),
        (this.status = S.status ?? 0),
        (this.problem = S.problem);
    }
  },
  wh = {
    401: 'Check that getHeaders returns a valid, unexpired bearer token.',
    403: 'The token is valid but not allowed to read this tenant.',
    404: 'Check the baseUrl (default /api/v1) and the id.',
  };
async function Am(f, g) {
  let S;
  (f.headers.get('content-type') ?? '').includes('json') && (S = await f.json().catch(() => {}));
  const o = S?.code ?? 'http_error',
    z = S?.detail ?? S?.title ?? `HTTP ${f.status}`,
    O = wh[f.status];
  return new $e(o, `${g} failed: ${z}.${O ? ` ${O}` : ''}`, { status: f.status, problem: S });
}
function Cm(f, g) {
  return f instanceof Error && f.name === 'AbortError'
    ? f
    : new $e(
        'network_error',
        `${g} failed: the server could not be reached. Check the URL, CORS and that the server runs.`,
        { cause: f },
      );
}
var $h = (f) => (f instanceof Date ? f.toISOString() : String(f));
function Wh(f = {}) {
  const g = (f.baseUrl ?? '/api/v1').replace(/\/+$/, ''),
    S = (z, O = {}) => {
      const N = new URLSearchParams();
      for (const [x, D] of Object.entries(O)) D != null && D !== '' && N.set(x, $h(D));
      const U = N.toString();
      return `${g}${z}${U ? `?${U}` : ''}`;
    };
  async function o(z, O, N, U) {
    const x = new Headers(await f.getHeaders?.());
    x.set('Accept', 'application/json');
    let D;
    try {
      D = await (f.fetch ?? fetch)(S(z, U), { headers: x, signal: N.signal, credentials: f.credentials });
    } catch (_) {
      throw Cm(_, O);
    }
    if (!D.ok) throw await Am(D, O);
    try {
      return await D.json();
    } catch (_) {
      throw new $e('invalid_response', `${O} did not answer JSON. Check the baseUrl.`, {
        status: D.status,
        cause: _,
      });
    }
  }
  return {
    url: S,
    list: (z = {}, O = {}) => o('/calls', 'Listing calls', O, { ...z }),
    get: (z, O = {}) => o(`/calls/${encodeURIComponent(z)}`, 'Loading the call', O),
    stats: (z, O = {}) => o('/calls/stats', 'Loading call stats', O, { from: z.from, to: z.to }),
  };
}
var Mm = V.createContext(null);
function Fh({ client: f, children: g }) {
  return M.jsx(Mm.Provider, { value: f, children: g });
}
function js(f) {
  const g = V.useContext(Mm),
    S = f ?? g;
  if (!S)
    throw new $e(
      'configuration_error',
      'No calls client: wrap the tree in <CallsClientProvider client={createCallsClient(...)}> or pass { client }.',
    );
  return S;
}
function Dm(f, g) {
  const [S, o] = V.useState({ data: null, loading: f !== null, error: null }),
    [z, O] = V.useState(0);
  V.useEffect(() => {
    if (f === null) {
      o({ data: null, loading: !1, error: null });
      return;
    }
    const x = new AbortController();
    return (
      o((D) => ({ data: D.data, loading: !0, error: null })),
      g(x.signal).then(
        (D) => !x.signal.aborted && o({ data: D, loading: !1, error: null }),
        (D) => !x.signal.aborted && o((_) => ({ data: _.data, loading: !1, error: D })),
      ),
      () => x.abort()
    );
  }, [f, z]);
  const N = V.useCallback(() => O((x) => x + 1), []),
    U = V.useCallback((x) => o((D) => ({ ...D, data: typeof x == 'function' ? x(D.data) : x })), []);
  return { ...S, reload: N, setData: U };
}
var Em = (f) => (f instanceof Date ? f.toISOString() : f);
function Ih(f, g = {}) {
  const S = js(g.client);
  return Dm(f ? `call:${f}` : null, (o) => S.get(f, { signal: o }));
}
function kh(f, g = {}) {
  const S = js(g.client),
    o = Em(f.from),
    z = Em(f.to);
  return Dm(`stats:${o}:${z}`, (O) => S.stats({ from: o, to: z }, { signal: O }));
}
var _m = (f) => (f instanceof Date ? f.toISOString() : f),
  Ph = (f, g) => g.occurredAt.localeCompare(f.occurredAt) || g.id.localeCompare(f.id);
function Rs(f, g) {
  const S = new Map(f.map((o) => [o.id, o]));
  for (const o of g) {
    const z = S.get(o.id);
    (!z || o.version >= z.version) && S.set(o.id, o);
  }
  return [...S.values()].sort(Ph);
}
function t1(f = {}, g = {}) {
  const S = js(g.client),
    o = { ...f, from: _m(f.from), to: _m(f.to) },
    z = JSON.stringify(Object.entries(o).sort(([j], [W]) => j.localeCompare(W))),
    [O, N] = V.useState({ items: [], nextCursor: null, loading: !0, loadingMore: !1, error: null }),
    [U, x] = V.useState(0),
    D = V.useRef({ filters: o, controller: null, state: O, busy: !1 });
  (D.current.state = O),
    (D.current.filters = o),
    V.useEffect(() => {
      const j = new AbortController();
      return (
        (D.current.controller = j),
        (D.current.busy = !1),
        N({ items: [], nextCursor: null, loading: !0, loadingMore: !1, error: null }),
        S.list(D.current.filters, { signal: j.signal }).then(
          (W) =>
            !j.signal.aborted &&
            N((I) => ({ ...I, items: Rs(I.items, W.items), nextCursor: W.nextCursor, loading: !1 })),
          (W) => !j.signal.aborted && N((I) => ({ ...I, loading: !1, error: W })),
        ),
        () => j.abort()
      );
    }, [S, z, U]);
  const _ = V.useCallback(() => {
      const j = D.current,
        { state: W, controller: I, filters: ct } = j;
      if (!W.nextCursor || W.loading || j.busy || !I) return;
      j.busy = !0;
      const vt = () => {
        D.current.controller === I && (D.current.busy = !1);
      };
      N((at) => ({ ...at, loadingMore: !0, error: null })),
        S.list({ ...ct, cursor: W.nextCursor }, { signal: I.signal }).then(
          (at) => {
            vt(),
              !I.signal.aborted &&
                N((Ct) => ({
                  ...Ct,
                  items: Rs(Ct.items, at.items),
                  nextCursor: at.nextCursor,
                  loadingMore: !1,
                }));
          },
          (at) => {
            vt(), I.signal.aborted || N((Ct) => ({ ...Ct, loadingMore: !1, error: at }));
          },
        );
    }, [S]),
    y = V.useCallback(() => x((j) => j + 1), []),
    p = V.useCallback((j) => N((W) => ({ ...W, items: Rs(W.items, [j]) })), []);
  return { ...O, hasMore: O.nextCursor !== null, loadMore: _, reload: y, upsert: p };
}
function Gc(f) {
  const g = Math.max(0, Math.floor(f ?? 0)),
    S = Math.floor(g / 3600),
    o = Math.floor((g % 3600) / 60),
    z = String(g % 60).padStart(2, '0');
  return S > 0 ? `${S}:${String(o).padStart(2, '0')}:${z}` : `${o}:${z}`;
}
function l1(f) {
  const g = f.metadata;
  return g.direction === 'outbound'
    ? (g.calleeNumber ?? g.calleeNumberRaw ?? null)
    : (g.callerNumber ?? g.callerNumberRaw ?? null);
}
function e1(f) {
  const g = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(f);
  if (g) return `+1 ${g[1]} ${g[2]} ${g[3]}`;
  const S = /^\+33(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(f);
  return S ? `+33 ${S.slice(1).join(' ')}` : f;
}
var ps = {
  inbound: 'Incoming call',
  outbound: 'Outgoing call',
  internal: 'Internal call',
  missed: 'Missed call',
  voicemail: 'Voicemail',
  ringing: 'Ringing',
  unknownNumber: 'Unknown number',
  transcribed: 'Transcribed',
  summarized: 'Summarized',
  sentiment: 'Sentiment',
  duration: 'Duration',
  playRecording: 'Play recording',
  hideRecording: 'Hide recording',
  dismiss: 'Dismiss',
  notifications: 'Call notifications',
};
function Rm(f, g, S) {
  const o = g.getContactName?.(f);
  if (o) return o;
  const z = l1(f);
  return z ? (z.startsWith('+') ? (g.formatNumber ?? e1)(z) : z) : S.unknownNumber;
}
function Um(f, g) {
  const S = f.metadata;
  return S.callType === 'missed' || S.callType === 'voicemail' ? g[S.callType] : g[S.direction ?? 'inbound'];
}
function a1(f) {
  const g = f.insights?.sentiment;
  if (g) return { label: g.label, score: g.score };
  const S = f.metadata;
  return S.sentimentLabel ? { label: S.sentimentLabel, score: S.sentimentScore ?? null } : null;
}
var u1 = 0.25;
function n1(f, g = {}) {
  const S = g.serverRetryMs ?? g.initialMs ?? 1e3,
    o = Math.max(g.maxMs ?? 3e4, S),
    z = Math.min(o, S * 2 ** Math.min(f, 30)),
    O = g.random ?? Math.random;
  return Math.round(z * (1 - u1 * O()));
}
var c1 = new Set(['call_event_created', 'call_event_updated', 'call_ai_completed']),
  i1 = new Set([400, 403, 404, 405, 406, 410, 415]);
function f1(f) {
  const g = globalThis;
  g.reportError ? g.reportError(f) : console.error(f);
}
function s1(f, g = {}) {
  let S = { status: 'closed', lastEventId: g.lastEventId ?? null, paused: !1, error: null };
  const o = new Set(),
    z = new Set();
  let O = !1,
    N = 0,
    U = 0,
    x = null,
    D = null,
    _,
    y,
    p = null;
  const j = (H) => {
      S = { ...S, ...H };
      for (const P of [...z]) P();
    },
    W = (H) => {
      for (const P of [...o])
        try {
          H(P);
        } catch (gt) {
          f1(gt);
        }
    },
    I = (H) => {
      j({ error: H }), W((P) => P.onError?.(H));
    },
    ct = () => {
      const H = g.pauseWhenHidden ?? !0;
      return typeof H == 'function' ? H() : H;
    },
    vt = () => typeof document < 'u' && document.visibilityState === 'hidden' && ct(),
    at = () => {
      N++, clearTimeout(_), clearTimeout(y), D?.abort(), (D = null);
    },
    Ct = () => {
      at(), j({ status: 'closed', paused: !0 });
    },
    Bt = (H) => {
      if ((at(), H && I(H), !O)) return;
      if (vt()) return Ct();
      const P = n1(U++, {
        initialMs: g.initialRetryMs,
        maxMs: g.maxRetryMs,
        serverRetryMs: x,
        random: g.random,
      });
      j({ status: 'retrying' }), (_ = setTimeout(J, P));
    },
    G = (H) => {
      const P = g.inactivityTimeoutMs ?? 6e4;
      clearTimeout(y),
        !(P <= 0) &&
          (y = setTimeout(() => {
            H === N && Bt(new $e('stream_timeout', `No event or heartbeat for ${P} ms; reconnecting.`));
          }, P));
    },
    B = (H) => {
      const P = H.id === void 0 ? S.lastEventId : H.id || null;
      P !== S.lastEventId && j({ lastEventId: P });
      const gt = H.event ?? 'message';
      let jt;
      if (gt === 'heartbeat') jt = { type: gt, id: P };
      else if (c1.has(gt) || gt === 'resync') {
        let ft;
        try {
          ft = H.data ? JSON.parse(H.data) : null;
        } catch (q) {
          return I(new $e('invalid_response', `The "${gt}" event ${P ?? ''} is not JSON.`, { cause: q }));
        }
        jt = { type: gt, id: P, data: ft };
      } else return;
      W((ft) => ft.onMessage?.(jt));
    };
  async function X(H, P) {
    const gt = Jh({ onEvent: B, onRetry: (q) => (x = q) }),
      jt = H.getReader(),
      ft = new TextDecoder();
    try {
      for (;;) {
        const { done: q, value: F } = await jt.read();
        if (q || P !== N) return;
        G(P), gt.feed(ft.decode(F, { stream: !0 }));
      }
    } finally {
      jt.releaseLock();
    }
  }
  async function J() {
    if ((at(), !O)) return;
    if (vt()) return Ct();
    const H = N,
      P = new AbortController();
    (D = P), S.status !== 'retrying' && j({ status: 'connecting', paused: !1 });
    try {
      const gt = new Headers(await g.getHeaders?.());
      if (H !== N) return;
      gt.set('Accept', 'text/event-stream'), S.lastEventId && gt.set('Last-Event-ID', S.lastEventId);
      const ft = await (g.fetch ?? fetch)(f, {
        headers: gt,
        signal: P.signal,
        cache: 'no-store',
        credentials: g.credentials,
      });
      if (H !== N) return;
      if (ft.status === 204) return ((O = !1), j({ status: 'closed' }));
      if (!ft.ok) {
        const F = await Am(ft, 'The event stream');
        return H !== N ? void 0 : i1.has(ft.status) ? ((O = !1), I(F), j({ status: 'closed' })) : Bt(F);
      }
      const q = ft.headers.get('content-type') ?? '';
      if (!q.includes('text/event-stream') || !ft.body)
        return Bt(
          new $e(
            'invalid_response',
            `The event stream answered "${q}", not text/event-stream. Check the URL and any proxy.`,
            { status: ft.status },
          ),
        );
      (U = 0), j({ status: 'open', error: null, paused: !1 }), G(H), await X(ft.body, H), H === N && Bt();
    } catch (gt) {
      if (H !== N) return;
      const jt = Cm(gt, 'The event stream');
      Bt(jt instanceof $e ? jt : void 0);
    }
  }
  const yt = () => {
      O && (vt() ? Ct() : S.paused && ((U = 0), j({ paused: !1, status: 'connecting' }), J()));
    },
    Ut = () => {
      O ||
        ((O = !0),
        (U = 0),
        typeof document < 'u' &&
          (document.addEventListener('visibilitychange', yt),
          (p = () => document.removeEventListener('visibilitychange', yt))),
        j({ status: 'closed', error: null }),
        J());
    };
  return {
    open: Ut,
    close() {
      (O = !1), at(), p?.(), (p = null), j({ status: 'closed', paused: !1 });
    },
    reconnect() {
      if (!O) return Ut();
      (U = 0), j({ status: 'connecting' }), J();
    },
    listen(H) {
      return (o.add(H), () => o.delete(H));
    },
    watch(H) {
      return (z.add(H), () => z.delete(H));
    },
    getSnapshot: () => S,
  };
}
var Yc = new Map();
function o1(f, g, S = {}) {
  let o = Yc.get(f);
  if (!o) {
    const U = new Set(),
      x = (_) => {
        for (const y of U) {
          const p = _(y);
          if (p) return p;
        }
      };
    (o = {
      client: s1(f, {
        ...S,
        getHeaders: () => x((_) => _.getHeaders())?.(),
        fetch: (_, y) => (x((p) => p.fetch()) ?? fetch)(_, y),
        pauseWhenHidden: () => [...U].every((_) => _.pauseWhenHidden()),
      }),
      subscribers: U,
    }),
      Yc.set(f, o);
  }
  const z = o;
  z.subscribers.add(g);
  const O = z.client.listen(g);
  z.client.open();
  let N = !1;
  return {
    client: z.client,
    release() {
      N ||
        ((N = !0),
        O(),
        z.subscribers.delete(g),
        !(z.subscribers.size > 0) &&
          Promise.resolve().then(() => {
            z.subscribers.size > 0 || Yc.get(f) !== z || (Yc.delete(f), z.client.close());
          }));
    },
  };
}
var zm = { status: 'closed', lastEventId: null, paused: !1, error: null },
  r1 = typeof document > 'u' ? V.useEffect : V.useLayoutEffect;
function d1(f, g) {
  if (g.type === 'heartbeat') return;
  if (g.type === 'resync') {
    f.onResync?.(g);
    return;
  }
  const S = f.onEvent;
  typeof S == 'function' ? S(g) : S?.[g.type]?.(g.data, g);
}
function pm(f, g = {}) {
  const S = V.useRef(g);
  r1(() => {
    S.current = g;
  });
  const [o, z] = V.useState(zm),
    O = V.useRef(null),
    N = g.enabled ?? !0;
  return (
    V.useEffect(() => {
      if (!f || !N) {
        z(zm);
        return;
      }
      const { initialRetryMs: U, maxRetryMs: x, inactivityTimeoutMs: D, credentials: _ } = S.current,
        { client: y, release: p } = o1(
          f,
          {
            getHeaders: () => S.current.getHeaders,
            pauseWhenHidden: () => S.current.pauseWhenHidden ?? !0,
            fetch: () => S.current.fetch,
            onMessage: (W) => d1(S.current, W),
            onError: (W) => S.current.onError?.(W),
          },
          { initialRetryMs: U, maxRetryMs: x, inactivityTimeoutMs: D, credentials: _ },
        );
      (O.current = y), z(y.getSnapshot());
      const j = y.watch(() => z(y.getSnapshot()));
      return () => {
        j(), p(), (O.current = null);
      };
    }, [f, N]),
    { ...o, reconnect: () => O.current?.reconnect() }
  );
}
function m1({ toast: f, durationMs: g, dismissLabel: S, onOpen: o, onDismiss: z }) {
  const [O, N] = V.useState(!1);
  V.useEffect(() => {
    if (O || g <= 0) return;
    const x = setTimeout(() => z(f.id), g);
    return () => clearTimeout(x);
  }, [O, g, z, f.id]);
  const U = f.interaction.metadata.direction ?? 'inbound';
  return M.jsxs('li', {
    className: `cb-toast cb-toast--${U}`,
    onMouseEnter: () => N(!0),
    onMouseLeave: () => N(!1),
    onFocus: () => N(!0),
    onBlur: () => N(!1),
    children: [
      M.jsxs('button', {
        type: 'button',
        className: 'cb-toast__body',
        onClick: () => {
          o?.(f.interaction), z(f.id);
        },
        children: [
          M.jsx('span', { className: 'cb-toast__title', children: f.title }),
          M.jsx('span', { className: 'cb-toast__party', children: f.party }),
        ],
      }),
      M.jsx('button', {
        type: 'button',
        className: 'cb-toast__close',
        'aria-label': `${S}: ${f.title}, ${f.party}`,
        onClick: () => z(f.id),
        children: M.jsx('span', { 'aria-hidden': 'true', children: '×' }),
      }),
    ],
  });
}
var v1 = V.createContext(null),
  y1 = (f) => f.eventType === 'CALL';
function h1(f) {
  const { children: g, durationMs: S = 8e3, max: o = 4, onOpen: z } = f,
    O = { ...ps, ...f.labels },
    [N, U] = V.useState([]),
    x = V.useRef(new Set()),
    D = V.useRef(f);
  D.current = f;
  const _ = V.useCallback(
      (j) => {
        if (x.current.has(j.id)) return;
        x.current.add(j.id), x.current.size > 500 && x.current.delete(x.current.values().next().value);
        const W = { ...ps, ...D.current.labels },
          I = { id: j.id, interaction: j, title: Um(j, W), party: Rm(j, D.current, W) };
        U((ct) => [I, ...ct].slice(0, o));
      },
      [o],
    ),
    y = V.useCallback((j) => U((W) => W.filter((I) => I.id !== j)), []);
  pm(f.url, {
    getHeaders: f.getHeaders,
    pauseWhenHidden: f.pauseWhenHidden,
    fetch: f.fetch,
    onEvent: {
      call_event_created: (j) => {
        (D.current.filter ?? y1)(j) && _(j);
      },
    },
  });
  const p = V.useMemo(() => ({ toasts: N, notify: _, dismiss: y }), [N, _, y]);
  return M.jsxs(v1.Provider, {
    value: p,
    children: [
      g,
      M.jsx('section', {
        className: 'cb-toasts',
        'aria-label': O.notifications,
        children: M.jsx('ol', {
          className: 'cb-toasts__list',
          role: 'status',
          'aria-live': 'polite',
          children: N.map((j) =>
            M.jsx(m1, { toast: j, durationMs: S, dismissLabel: O.dismiss, onOpen: z, onDismiss: y }, j.id),
          ),
        }),
      }),
    ],
  });
}
var g1 = { positive: '▲', neutral: '●', negative: '▼' };
function Hm({ label: f, score: g, caption: S = 'Sentiment' }) {
  const o = typeof g == 'number' ? ` (${g.toFixed(2)})` : '';
  return M.jsxs('span', {
    className: `cb-badge cb-sentiment cb-sentiment--${f}`,
    title: `${S}: ${f}${o}`,
    children: [
      M.jsx('span', { 'aria-hidden': 'true', children: g1[f] }),
      ' ',
      M.jsxs('span', { className: 'cb-visually-hidden', children: [S, ': '] }),
      f,
      o && M.jsx('span', { className: 'cb-sentiment__score', children: o }),
    ],
  });
}
function S1(f, g) {
  return f.findIndex((S) => g >= S.start && g < S.end);
}
function b1({ segments: f, currentTime: g, onSeek: S, label: o = 'Transcript' }) {
  const z = S1(f, g);
  return M.jsx('ol', {
    className: 'cb-transcript',
    'aria-label': o,
    children: f.map((O, N) =>
      M.jsx(
        'li',
        {
          children: M.jsxs('button', {
            type: 'button',
            className: `cb-transcript__segment${N === z ? ' cb-transcript__segment--active' : ''}`,
            'aria-current': N === z ? 'true' : void 0,
            onClick: () => S(O.start),
            children: [
              M.jsx('span', { className: 'cb-transcript__time', children: Gc(O.start) }),
              O.speaker && M.jsx('span', { className: 'cb-transcript__speaker', children: O.speaker }),
              M.jsx('span', { className: 'cb-transcript__text', children: O.text }),
            ],
          }),
        },
        `${O.start}:${O.end}:${O.speaker ?? ''}`,
      ),
    ),
  });
}
function T1(f, g) {
  const [S, o] = V.useState(f ?? null),
    [z, O] = V.useState(!1),
    N = V.useRef(g);
  N.current = g;
  const U = V.useRef(!1),
    x = !!g;
  V.useEffect(() => {
    if (((U.current = !1), O(!1), f || !N.current)) {
      o(f ?? null);
      return;
    }
    let y = !1;
    return (
      Promise.resolve(N.current()).then(
        (p) => !y && o(p),
        () => !y && O(!0),
      ),
      () => {
        y = !0;
      }
    );
  }, [f, x]);
  const D = V.useCallback(async () => {
      const y = N.current;
      if (!y || U.current) return (O(!0), !1);
      U.current = !0;
      try {
        return (o(await y()), !0);
      } catch {
        return (O(!0), !1);
      }
    }, []),
    _ = V.useCallback(() => {
      (U.current = !1), O(!1);
    }, []);
  return { url: S, failed: z, onMediaError: D, onMediaLoaded: _ };
}
function E1() {
  return Zh(() => import('./wavesurfer.esm-COlddW05.js'), []);
}
var Us = (f, g, S) => getComputedStyle(f).getPropertyValue(g).trim() || S;
function _1(f) {
  const [g, S] = V.useState('idle'),
    o = V.useRef(f);
  o.current = f;
  const { enabled: z, hasSource: O, peaks: N, duration: U } = f,
    x = z && (O || !!(N && U)),
    D = N ? `${N.length}:${N[0]?.length ?? 0}:${U ?? 0}` : '';
  return (
    V.useEffect(() => {
      if (!x) {
        S('idle');
        return;
      }
      let _ = !1,
        y;
      return (
        S('loading'),
        E1()
          .then(({ default: p }) => {
            const { container: j, media: W, peaks: I, duration: ct, height: vt } = o.current;
            if (_ || !j.current || !W.current) return;
            const at = j.current,
              Ct = p.create({
                container: at,
                media: W.current,
                backend: 'MediaElement',
                peaks: I,
                duration: ct,
                height: vt,
                waveColor: Us(at, '--cb-wave-color', '#94a3b8'),
                progressColor: Us(at, '--cb-wave-progress-color', '#2563eb'),
                cursorColor: Us(at, '--cb-wave-cursor-color', '#1e3a8a'),
                barWidth: 2,
                barGap: 1,
                barRadius: 2,
                normalize: !0,
                dragToSeek: !0,
              });
            (y = () => Ct.destroy()),
              Ct.on('ready', () => !_ && S('ready')),
              Ct.on('error', () => !_ && S('failed'));
          })
          .catch(() => !_ && S('failed')),
        () => {
          (_ = !0), y?.();
        }
      );
    }, [x, D]),
    g
  );
}
var z1 = {
    player: 'Call recording',
    play: 'Play',
    pause: 'Pause',
    speed: 'Playback speed',
    waveform: 'Waveform',
    transcript: 'Transcript',
    sentiment: 'Sentiment',
    unavailable: 'The recording cannot be played.',
  },
  N1 = [0.5, 1, 1.5, 2];
function xm(f) {
  const { transcript: g, sentiment: S, speeds: o = N1, skipSeconds: z = 5, className: O } = f,
    N = { ...z1, ...f.labels },
    U = V.useRef(null),
    x = V.useRef(null),
    [D, _] = V.useState(!1),
    [y, p] = V.useState(0),
    [j, W] = V.useState(0),
    [I, ct] = V.useState(1),
    vt = V.useRef(null),
    at = T1(f.src, f.getUrl),
    Ct = f.peaks && typeof f.peaks[0] == 'number' ? [f.peaks] : f.peaks,
    Bt = _1({
      enabled: f.waveform ?? !0,
      container: x,
      media: U,
      hasSource: !!at.url,
      peaks: Ct,
      duration: f.duration ?? void 0,
      height: f.waveformHeight ?? 48,
    }),
    G = j || f.duration || 0;
  V.useEffect(() => {
    const H = U.current;
    H && ((H.playbackRate = I), (H.defaultPlaybackRate = I));
  }, [I, at.url]);
  const B = (H) => {
      const P = U.current;
      if (!P) return;
      const gt = Math.max(0, G ? Math.min(G, H) : H);
      (P.currentTime = gt), p(gt);
    },
    X = () => {
      const H = U.current;
      H && (H.paused ? H.play()?.catch(() => _(!1)) : H.pause());
    },
    J = (H) => {
      const P = H.target,
        gt = P !== H.currentTarget && /^(BUTTON|INPUT|SELECT|TEXTAREA|A)$/.test(P.tagName);
      if (H.key === ' ' && !gt) X();
      else if (H.key === 'ArrowRight') B((U.current?.currentTime ?? 0) + z);
      else if (H.key === 'ArrowLeft') B((U.current?.currentTime ?? 0) - z);
      else return;
      H.preventDefault();
    },
    yt = async () => {
      const H = U.current;
      H && (vt.current = { at: H.currentTime, play: !H.paused || D }),
        (await at.onMediaError()) || (vt.current = null);
    },
    Ut = () => {
      const H = U.current;
      if (!H) return;
      at.onMediaLoaded(), Number.isFinite(H.duration) && H.duration > 0 && W(H.duration);
      const P = vt.current;
      (vt.current = null), P && ((H.currentTime = P.at), P.play && H.play()?.catch(() => _(!1)));
    };
  return M.jsxs('div', {
    className: `cb-player${O ? ` ${O}` : ''}`,
    role: 'group',
    'aria-label': N.player,
    tabIndex: 0,
    onKeyDown: J,
    children: [
      M.jsx('audio', {
        ref: U,
        src: at.url ?? void 0,
        preload: 'metadata',
        onPlay: () => _(!0),
        onPause: () => _(!1),
        onEnded: () => _(!1),
        onTimeUpdate: (H) => p(H.currentTarget.currentTime),
        onLoadedMetadata: Ut,
        onError: yt,
      }),
      M.jsxs('div', {
        className: 'cb-player__controls',
        children: [
          M.jsx('button', {
            type: 'button',
            className: 'cb-player__play',
            onClick: X,
            'aria-label': D ? N.pause : N.play,
            disabled: !at.url,
            children: M.jsx('span', { 'aria-hidden': 'true', children: D ? '❚❚' : '▶' }),
          }),
          M.jsxs('span', {
            className: 'cb-player__time',
            'aria-live': 'off',
            children: [Gc(y), ' / ', Gc(G)],
          }),
          M.jsx('div', {
            className: 'cb-player__speeds',
            role: 'group',
            'aria-label': N.speed,
            children: o.map((H) =>
              M.jsxs(
                'button',
                {
                  type: 'button',
                  className: 'cb-player__speed',
                  'aria-pressed': I === H,
                  onClick: () => {
                    U.current && (U.current.playbackRate = H), ct(H);
                  },
                  children: [H, '×'],
                },
                H,
              ),
            ),
          }),
          S && M.jsx(Hm, { label: S.label, score: S.score, caption: N.sentiment }),
        ],
      }),
      M.jsx('div', {
        ref: x,
        className: 'cb-player__waveform',
        'data-state': Bt,
        role: 'img',
        'aria-label': N.waveform,
        hidden: Bt === 'idle' || Bt === 'failed',
      }),
      at.failed && M.jsx('p', { className: 'cb-player__error', role: 'alert', children: N.unavailable }),
      g && g.length > 0 && M.jsx(b1, { segments: g, currentTime: y, onSeek: B, label: N.transcript }),
    ],
  });
}
function O1(f) {
  const { interaction: g, getRecordingUrl: S, onOpen: o, locale: z, playerProps: O } = f,
    N = { ...ps, ...f.labels },
    [U, x] = V.useState(f.defaultExpanded ?? !1),
    D = V.useId(),
    _ = g.metadata,
    y = g.insights,
    p = _.transcriptStatus === 'completed' || !!y?.transcript?.length,
    j = y?.summary ?? _.aiSummary ?? null,
    W = a1(g),
    I = _.recordingUrl ?? _.voicemailUrl ?? null,
    vt =
      (!!I || _.recordingStatus === 'stored' || _.recordingStatus === 'available') &&
      !!(S || (I && !_.recordingRequiresAuth)),
    at = new Date(g.occurredAt),
    Ct = `${Um(g, N)} · ${Rm(g, f, N)}`;
  return M.jsxs('article', {
    className: `cb-call cb-call--${_.direction ?? 'inbound'} cb-call--${_.callType ?? 'ringing'}`,
    'aria-label': Ct,
    children: [
      M.jsxs('header', {
        className: 'cb-call__header',
        children: [
          o
            ? M.jsx('button', {
                type: 'button',
                className: 'cb-call__title',
                onClick: () => o(g),
                children: Ct,
              })
            : M.jsx('span', { className: 'cb-call__title', children: Ct }),
          M.jsx('time', {
            className: 'cb-call__time',
            dateTime: g.occurredAt,
            children: Number.isNaN(at.getTime())
              ? g.occurredAt
              : at.toLocaleString(z, { dateStyle: 'medium', timeStyle: 'short' }),
          }),
          typeof _.durationSeconds == 'number' &&
            M.jsx('span', {
              className: 'cb-call__duration',
              title: N.duration,
              children: Gc(_.durationSeconds),
            }),
        ],
      }),
      M.jsxs('div', {
        className: 'cb-call__badges',
        children: [
          M.jsx('span', { className: 'cb-badge cb-badge--source', children: g.source.toLowerCase() }),
          p && M.jsx('span', { className: 'cb-badge cb-badge--transcribed', children: N.transcribed }),
          j && M.jsx('span', { className: 'cb-badge cb-badge--summarized', children: N.summarized }),
          W && M.jsx(Hm, { label: W.label, score: W.score, caption: N.sentiment }),
        ],
      }),
      j && M.jsx('p', { className: 'cb-call__summary', children: j }),
      vt &&
        M.jsx('button', {
          type: 'button',
          className: 'cb-call__toggle',
          'aria-expanded': U,
          'aria-controls': D,
          onClick: () => x((Bt) => !Bt),
          children: U ? N.hideRecording : N.playRecording,
        }),
      vt &&
        U &&
        M.jsx('div', {
          id: D,
          className: 'cb-call__player',
          children: M.jsx(xm, {
            duration: _.recordingDurationSeconds ?? _.durationSeconds ?? null,
            ...O,
            src: S ? null : I,
            getUrl: S ? () => S(g) : void 0,
            transcript: y?.transcript ?? null,
            sentiment: W,
          }),
        }),
    ],
  });
}
function A1({ id: f, version: g, getHeaders: S, onClose: o }) {
  const z = Ih(f);
  V.useEffect(() => {
    g > 0 && z.reload();
  }, [g]);
  const O = z.data;
  if (z.error) return M.jsx('p', { role: 'alert', children: z.error.message });
  if (!O) return M.jsx('p', { className: 'muted', children: 'Loading…' });
  const N = O.metadata,
    U = N.recordingStatus === 'stored',
    x = async () => {
      const D = await fetch(`/demo/recordings/${encodeURIComponent(O.id)}/url`, { headers: S() });
      if (!D.ok) throw new Error('The recording link could not be made.');
      return (await D.json()).url;
    };
  return M.jsxs('article', {
    className: 'card',
    'data-testid': 'call-detail',
    'aria-label': O.title,
    children: [
      M.jsxs('header', {
        className: 'detail-head',
        children: [
          M.jsx('h2', { children: O.title }),
          M.jsx('button', { type: 'button', onClick: o, 'aria-label': 'Close call', children: '×' }),
        ],
      }),
      M.jsx('p', { children: O.body }),
      M.jsxs('dl', {
        className: 'facts',
        children: [
          M.jsx('dt', { children: 'Source' }),
          M.jsx('dd', { children: O.source }),
          M.jsx('dt', { children: 'Call id' }),
          M.jsx('dd', { children: M.jsx('code', { children: O.sourceRecordId }) }),
          M.jsx('dt', { children: 'Contact' }),
          M.jsx('dd', { children: O.contactId ?? 'not matched' }),
          M.jsx('dt', { children: 'Case' }),
          M.jsx('dd', { children: O.caseId ?? 'none' }),
          M.jsx('dt', { children: 'Recording' }),
          M.jsx('dd', { children: N.recordingStatus ?? 'none' }),
          M.jsx('dt', { children: 'Transcript' }),
          M.jsx('dd', { children: N.transcriptStatus ?? 'pending' }),
        ],
      }),
      (U || O.insights?.transcript) &&
        M.jsx(
          xm,
          {
            getUrl: U ? x : void 0,
            duration: N.durationSeconds ?? null,
            transcript: O.insights?.transcript ?? null,
            sentiment: N.sentimentLabel ? { label: N.sentimentLabel, score: N.sentimentScore ?? null } : null,
          },
          `${O.id}:${U}`,
        ),
      N.aiSummary &&
        M.jsxs('section', {
          children: [
            M.jsx('h3', { children: 'Summary' }),
            M.jsx('p', { 'data-testid': 'summary', children: N.aiSummary }),
          ],
        }),
      N.extractedTasks &&
        N.extractedTasks.length > 0 &&
        M.jsxs('section', {
          children: [
            M.jsx('h3', { children: 'Tasks' }),
            M.jsx('ul', {
              children: N.extractedTasks.map((D) => M.jsx('li', { children: D.title }, D.title)),
            }),
          ],
        }),
    ],
  });
}
function C1({ stats: f, status: g }) {
  const S = [
    ['Calls', f?.total ?? '–'],
    ['Answered', f?.answered ?? '–'],
    ['Missed', f?.missed ?? '–'],
    ['Voicemail', f?.voicemail ?? '–'],
    ['Avg. duration', f?.averageDurationSeconds == null ? '–' : `${Math.round(f.averageDurationSeconds)} s`],
  ];
  return M.jsxs('div', {
    className: 'stats',
    'data-testid': 'stats',
    children: [
      S.map(([o, z]) =>
        M.jsxs(
          'div',
          {
            className: 'stat',
            children: [
              M.jsx('span', { className: 'stat-value', children: z }),
              M.jsx('span', { className: 'stat-label', children: o }),
            ],
          },
          o,
        ),
      ),
      M.jsxs('div', {
        className: 'stat',
        children: [
          M.jsx('span', { className: `stream-dot stream-${g}`, 'aria-hidden': 'true' }),
          M.jsxs('span', {
            className: 'stat-label',
            'data-testid': 'stream-status',
            children: ['live: ', g],
          }),
        ],
      }),
    ],
  });
}
const jm = '/api/v1/events/stream',
  Nm = 24 * 3600 * 1e3;
function M1({ session: f, onLogout: g }) {
  const S = V.useCallback(() => ({ Authorization: `Bearer ${f.token}` }), [f.token]),
    o = V.useMemo(() => Wh({ getHeaders: S }), [S]),
    [z, O] = V.useState(null),
    [N, U] = V.useState({});
  V.useEffect(() => {
    fetch('/demo/contacts', { headers: S() })
      .then((D) => (D.ok ? D.json() : []))
      .then((D) => U(Object.fromEntries(D.map((_) => [_.id, _.name]))))
      .catch(() => U({}));
  }, [S]);
  const x = V.useCallback((D) => (D.contactId ? N[D.contactId] : null), [N]);
  return M.jsx(Fh, {
    client: o,
    children: M.jsxs(h1, {
      url: jm,
      getHeaders: S,
      getContactName: x,
      onOpen: (D) => O(D.id),
      children: [
        M.jsxs('header', {
          className: 'topbar',
          children: [
            M.jsx('strong', { children: 'callbridge CRM' }),
            M.jsx('span', { 'data-testid': 'tenant-name', children: f.tenantName }),
            M.jsx('span', { className: 'muted', children: f.userId }),
            M.jsx('button', { type: 'button', onClick: g, children: 'Sign out' }),
          ],
        }),
        M.jsx(D1, { getHeaders: S, getContactName: x, selected: z, onSelect: O }),
      ],
    }),
  });
}
function D1({ getHeaders: f, getContactName: g, selected: S, onSelect: o }) {
  const z = t1({ limit: 25 }),
    O = V.useMemo(() => ({ from: new Date(Date.now() - 30 * Nm), to: new Date(Date.now() + Nm) }), []),
    N = kh(O),
    [U, x] = V.useState(0),
    D = pm(jm, {
      getHeaders: f,
      onEvent: (_) => {
        z.upsert(_.data), _.type !== 'call_ai_completed' && N.reload(), _.data.id === S && x((y) => y + 1);
      },
      onResync: () => {
        z.reload(), N.reload();
      },
    });
  return M.jsxs('main', {
    className: 'layout',
    children: [
      M.jsxs('section', {
        className: 'column',
        children: [
          M.jsx(C1, { stats: N.data, status: D.status }),
          M.jsx('h2', { children: 'Timeline' }),
          z.error && M.jsx('p', { role: 'alert', children: z.error.message }),
          M.jsx('ol', {
            className: 'timeline',
            'data-testid': 'timeline',
            children: z.items.map((_) =>
              M.jsx(
                'li',
                {
                  'data-testid': 'timeline-item',
                  'data-call-id': _.sourceRecordId,
                  children: M.jsx(O1, { interaction: _, getContactName: g, onOpen: () => o(_.id) }),
                },
                _.id,
              ),
            ),
          }),
          z.hasMore &&
            M.jsx('button', {
              type: 'button',
              onClick: z.loadMore,
              disabled: z.loadingMore,
              children: 'Load more',
            }),
          !z.loading &&
            z.items.length === 0 &&
            M.jsx('p', { className: 'muted', children: 'No calls yet. They appear here live.' }),
        ],
      }),
      M.jsx('section', {
        className: 'column detail',
        children: S
          ? M.jsx(A1, { id: S, version: U, getHeaders: f, onClose: () => o(null) })
          : M.jsx('p', {
              className: 'muted',
              children: 'Open a call to see its recording, transcript and AI insights.',
            }),
      }),
    ],
  });
}
function R1({ onLogin: f }) {
  const [g, S] = V.useState([]),
    [o, z] = V.useState(null);
  V.useEffect(() => {
    fetch('/demo/tenants')
      .then((N) => N.json())
      .then(S)
      .catch(() => z('The server is not reachable.'));
  }, []);
  async function O(N, U) {
    const x = await fetch('/demo/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantId: N, userId: U }),
    });
    if (!x.ok) {
      z('Sign-in failed.');
      return;
    }
    f(await x.json());
  }
  return M.jsxs('main', {
    className: 'login',
    children: [
      M.jsx('h1', { children: 'callbridge · reference CRM' }),
      M.jsx('p', { children: 'Pick a firm and a user. Each firm is a tenant: it sees only its own calls.' }),
      o && M.jsx('p', { role: 'alert', children: o }),
      M.jsx('div', {
        className: 'login-tenants',
        children: g.map((N) =>
          M.jsxs(
            'section',
            {
              className: 'card',
              'aria-label': N.name,
              children: [
                M.jsx('h2', { children: N.name }),
                M.jsx('p', { className: 'muted', children: N.id }),
                N.users.map((U) =>
                  M.jsxs(
                    'button',
                    {
                      type: 'button',
                      'data-testid': `login-${N.id}-${U}`,
                      onClick: () => {
                        O(N.id, U);
                      },
                      children: ['Sign in as ', U],
                    },
                    U,
                  ),
                ),
              ],
            },
            N.id,
          ),
        ),
      }),
    ],
  });
}
const Hs = 'callbridge-demo-session';
function U1() {
  try {
    const f = sessionStorage.getItem(Hs);
    return f ? JSON.parse(f) : null;
  } catch {
    return null;
  }
}
function Om(f) {
  f ? sessionStorage.setItem(Hs, JSON.stringify(f)) : sessionStorage.removeItem(Hs);
}
function p1() {
  const [f, g] = V.useState(() => U1());
  return f
    ? M.jsx(
        M1,
        {
          session: f,
          onLogout: () => {
            Om(null), g(null);
          },
        },
        f.tenantId,
      )
    : M.jsx(R1, {
        onLogin: (S) => {
          Om(S), g(S);
        },
      });
}
Qh.createRoot(document.getElementById('root')).render(M.jsx(V.StrictMode, { children: M.jsx(p1, {}) }));
