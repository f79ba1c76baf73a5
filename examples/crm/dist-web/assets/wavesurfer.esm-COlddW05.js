function x(h, t, e, i) {
  return new (e || (e = Promise))((s, n) => {
    function l(r) {
      try {
        o(i.next(r));
      } catch (c) {
        n(c);
      }
    }
    function a(r) {
      try {
        o(i.throw(r));
      } catch (c) {
        n(c);
      }
    }
    function o(r) {
      var c;
      r.done
        ? s(r.value)
        : ((c = r.value),
          c instanceof e
            ? c
            : new e((p) => {
                p(c);
              })).then(l, a);
    }
    o((i = i.apply(h, t || [])).next());
  });
}
class A {
  constructor() {
    this.listeners = {};
  }
  on(t, e, i) {
    if ((this.listeners[t] || (this.listeners[t] = new Set()), i?.once)) {
      const s = (...n) => {
        this.un(t, s), e(...n);
      };
      return (this.listeners[t].add(s), () => this.un(t, s));
    }
    return (this.listeners[t].add(e), () => this.un(t, e));
  }
  un(t, e) {
    var i;
    (i = this.listeners[t]) === null || i === void 0 || i.delete(e);
  }
  once(t, e) {
    return this.on(t, e, { once: !0 });
  }
  unAll() {
    this.listeners = {};
  }
  emit(t, ...e) {
    this.listeners[t] && this.listeners[t].forEach((i) => i(...e));
  }
}
const N = {
  decode: function (h, t) {
    return x(this, void 0, void 0, function* () {
      const e = new AudioContext({ sampleRate: t });
      try {
        return yield e.decodeAudioData(h);
      } finally {
        e.state !== 'closed' && (yield e.close().catch(() => {}));
      }
    });
  },
  createBuffer: (h, t) => {
    if (!h || h.length === 0) throw new Error('channelData must be a non-empty array');
    if (t <= 0) throw new Error('duration must be greater than 0');
    if ((typeof h[0] == 'number' && (h = [h]), !h[0] || h[0].length === 0))
      throw new Error('channelData must contain non-empty channel arrays');
    ((i) => {
      const s = i[0];
      if (s.some((n) => n > 1 || n < -1)) {
        const n = s.length;
        let l = 0;
        for (let a = 0; a < n; a++) {
          const o = Math.abs(s[a]);
          o > l && (l = o);
        }
        for (const a of i) for (let o = 0; o < n; o++) a[o] /= l;
      }
    })(h);
    const e = h.map((i) => (i instanceof Float32Array ? i : Float32Array.from(i)));
    return {
      duration: t,
      length: e[0].length,
      sampleRate: e[0].length / t,
      numberOfChannels: e.length,
      getChannelData: (i) => {
        const s = e[i];
        if (!s) throw new Error(`Channel ${i} not found`);
        return s;
      },
      copyFromChannel: AudioBuffer.prototype.copyFromChannel,
      copyToChannel: AudioBuffer.prototype.copyToChannel,
    };
  },
};
function q(h, t) {
  const e = t.xmlns ? document.createElementNS(t.xmlns, h) : document.createElement(h);
  for (const [i, s] of Object.entries(t))
    if (i === 'children' && s)
      for (const [n, l] of Object.entries(s))
        l instanceof Node
          ? e.appendChild(l)
          : typeof l == 'string'
            ? e.appendChild(document.createTextNode(l))
            : e.appendChild(q(n, l));
    else
      i === 'style'
        ? Object.assign(e.style, s)
        : i === 'textContent'
          ? (e.textContent = s)
          : e.setAttribute(i, s.toString());
  return e;
}
function j(h, t, e) {
  const i = q(h, t || {});
  return (e?.appendChild(i), i);
}
function G(h) {
  return (
    h instanceof HTMLElement ||
    (typeof h == 'object' && h !== null && h.nodeType === Node.ELEMENT_NODE && typeof h.style == 'object')
  );
}
var Q = Object.freeze({ __proto__: null, createElement: j, default: j, isHTMLElement: G });
const tt = {
  fetchBlob: function (h, t, e) {
    return x(this, void 0, void 0, function* () {
      var i;
      const s = yield fetch(h, e);
      if (s.status >= 400) throw new Error(`Failed to fetch ${h}: ${s.status} (${s.statusText})`);
      return (
        (function (n, l, a) {
          x(this, void 0, void 0, function* () {
            var o;
            if (!n.body || !n.headers) return;
            const r = n.body.getReader(),
              c = Number(n.headers.get('Content-Length')) || 0;
            let p = 0;
            const d = () => {
              r.cancel();
            };
            if (a) {
              if (a.aborted) return void r.cancel();
              a.addEventListener('abort', d, { once: !0 });
            }
            try {
              for (;;) {
                const m = yield r.read();
                if (m.done) break;
                if (((p += ((o = m.value) === null || o === void 0 ? void 0 : o.length) || 0), c > 0)) {
                  const u = Math.round((p / c) * 100);
                  l(u);
                }
              }
            } catch (m) {
              if (m instanceof DOMException && m.name === 'AbortError') return;
              console.warn('Progress tracking error:', m);
            } finally {
              a && a.removeEventListener('abort', d);
            }
          });
        })(s.clone(), t, (i = e?.signal) !== null && i !== void 0 ? i : void 0),
        s.blob()
      );
    });
  },
};
function y(h) {
  let t = h;
  const e = new Set();
  return {
    get value() {
      return t;
    },
    set(i) {
      Object.is(t, i) || ((t = i), e.forEach((s) => s(t)));
    },
    update(i) {
      this.set(i(t));
    },
    subscribe: (i) => (e.add(i), () => e.delete(i)),
  };
}
function O(h, t) {
  const e = y(h());
  return (
    t.forEach((i) =>
      i.subscribe(() => {
        const s = h();
        Object.is(e.value, s) || e.set(s);
      }),
    ),
    {
      get value() {
        return e.value;
      },
      subscribe: (i) => e.subscribe(i),
    }
  );
}
function F(h, t) {
  let e;
  const i = () => {
      e && (e(), (e = void 0)), (e = h());
    },
    s = t.map((n) => n.subscribe(i));
  return (
    i(),
    () => {
      e && (e(), (e = void 0)), s.forEach((n) => n());
    }
  );
}
class et extends A {
  get isPlayingSignal() {
    return this._isPlaying;
  }
  get currentTimeSignal() {
    return this._currentTime;
  }
  get durationSignal() {
    return this._duration;
  }
  get volumeSignal() {
    return this._volume;
  }
  get mutedSignal() {
    return this._muted;
  }
  get playbackRateSignal() {
    return this._playbackRate;
  }
  get seekingSignal() {
    return this._seeking;
  }
  constructor(t) {
    super(),
      (this.isExternalMedia = !1),
      (this._ownBlobUrl = null),
      (this.reactiveMediaEventCleanups = []),
      t.media
        ? ((this.media = t.media), (this.isExternalMedia = !0))
        : (this.media = document.createElement('audio')),
      (this._isPlaying = y(!1)),
      (this._currentTime = y(0)),
      (this._duration = y(0)),
      (this._volume = y(this.media.volume)),
      (this._muted = y(this.media.muted)),
      (this._playbackRate = y(this.media.playbackRate || 1)),
      (this._seeking = y(!1)),
      this.setupReactiveMediaEvents(),
      t.mediaControls && (this.media.controls = !0),
      t.autoplay && (this.media.autoplay = !0),
      t.playbackRate != null &&
        this.onMediaEvent(
          'canplay',
          () => {
            t.playbackRate != null && (this.media.playbackRate = t.playbackRate);
          },
          { once: !0 },
        );
  }
  setupReactiveMediaEvents() {
    this.reactiveMediaEventCleanups.push(
      this.onMediaEvent('play', () => {
        this._isPlaying.set(!0);
      }),
    ),
      this.reactiveMediaEventCleanups.push(
        this.onMediaEvent('pause', () => {
          this._isPlaying.set(!1);
        }),
      ),
      this.reactiveMediaEventCleanups.push(
        this.onMediaEvent('ended', () => {
          this._isPlaying.set(!1);
        }),
      ),
      this.reactiveMediaEventCleanups.push(
        this.onMediaEvent('timeupdate', () => {
          this._currentTime.set(this.media.currentTime);
        }),
      ),
      this.reactiveMediaEventCleanups.push(
        this.onMediaEvent('durationchange', () => {
          this._duration.set(this.media.duration || 0);
        }),
      ),
      this.reactiveMediaEventCleanups.push(
        this.onMediaEvent('loadedmetadata', () => {
          this._duration.set(this.media.duration || 0);
        }),
      ),
      this.reactiveMediaEventCleanups.push(
        this.onMediaEvent('seeking', () => {
          this._seeking.set(!0);
        }),
      ),
      this.reactiveMediaEventCleanups.push(
        this.onMediaEvent('seeked', () => {
          this._seeking.set(!1);
        }),
      ),
      this.reactiveMediaEventCleanups.push(
        this.onMediaEvent('volumechange', () => {
          this._volume.set(this.media.volume), this._muted.set(this.media.muted);
        }),
      ),
      this.reactiveMediaEventCleanups.push(
        this.onMediaEvent('ratechange', () => {
          this._playbackRate.set(this.media.playbackRate);
        }),
      );
  }
  onMediaEvent(t, e, i) {
    return (this.media.addEventListener(t, e, i), () => this.media.removeEventListener(t, e, i));
  }
  getSrc() {
    return this.media.currentSrc || this.media.src || '';
  }
  revokeSrc() {
    this._ownBlobUrl && (URL.revokeObjectURL(this._ownBlobUrl), (this._ownBlobUrl = null));
  }
  canPlayType(t) {
    return this.media.canPlayType(t) !== '';
  }
  setSrc(t, e) {
    const i = this.getSrc();
    if (t && i === t) return;
    this.revokeSrc();
    const s = e instanceof Blob && (this.canPlayType(e.type) || !t) ? URL.createObjectURL(e) : t;
    if ((s !== t && (this._ownBlobUrl = s), i && this.media.removeAttribute('src'), s || t))
      try {
        this.media.src = s;
      } catch {
        this.media.src = t;
      }
  }
  destroy() {
    this.reactiveMediaEventCleanups.forEach((t) => t()),
      (this.reactiveMediaEventCleanups = []),
      this.revokeSrc(),
      this.unAll(),
      this.isExternalMedia ||
        (this.media.pause(), this.media.removeAttribute('src'), this.media.load(), this.media.remove());
  }
  setMediaElement(t) {
    this.reactiveMediaEventCleanups.forEach((e) => e()),
      (this.reactiveMediaEventCleanups = []),
      (this.media = t),
      this.setupReactiveMediaEvents();
  }
  play() {
    return x(this, void 0, void 0, function* () {
      try {
        return yield this.media.play();
      } catch (t) {
        if (t instanceof DOMException && t.name === 'AbortError') return;
        throw t;
      }
    });
  }
  pause() {
    this.media.pause();
  }
  isPlaying() {
    return !this.media.paused && !this.media.ended;
  }
  setTime(t) {
    this.media.currentTime = Math.max(0, Math.min(t, this.getDuration()));
  }
  getDuration() {
    return this.media.duration;
  }
  getCurrentTime() {
    return this.media.currentTime;
  }
  getVolume() {
    return this.media.volume;
  }
  setVolume(t) {
    this.media.volume = t;
  }
  getMuted() {
    return this.media.muted;
  }
  setMuted(t) {
    this.media.muted = t;
  }
  getPlaybackRate() {
    return this.media.playbackRate;
  }
  isSeeking() {
    return this.media.seeking;
  }
  setPlaybackRate(t, e) {
    e != null && (this.media.preservesPitch = e), (this.media.playbackRate = t);
  }
  getMediaElement() {
    return this.media;
  }
  setSinkId(t) {
    return this.media.setSinkId(t);
  }
}
function it({ maxTop: h, maxBottom: t, halfHeight: e, vScale: i, barMinHeight: s = 0, barAlign: n }) {
  let l = Math.round(h * e * i),
    a = l + Math.round(t * e * i) || 1;
  return (a < s && ((a = s), n || (l = a / 2)), { topHeight: l, totalHeight: a });
}
function st({ barAlign: h, halfHeight: t, topHeight: e, totalHeight: i, canvasHeight: s }) {
  return h === 'top' ? 0 : h === 'bottom' ? s - i : t - e;
}
function V(h, t, e) {
  const i = t - h.left,
    s = e - h.top;
  return [i / h.width, s / h.height];
}
function Y(h) {
  return !!(h.barWidth || h.barGap || h.barAlign);
}
function X(h, t) {
  if (!Y(t)) return h;
  const e = t.barWidth || 0.5,
    i = e + (t.barGap || e / 2);
  return i === 0 ? h : Math.floor(h / i) * i;
}
function U({ scrollLeft: h, totalWidth: t, numCanvases: e }) {
  if (t === 0) return [0];
  const i = h / t,
    s = Math.floor(i * e);
  return [s - 1, s, s + 1];
}
function Z(h) {
  const t = h._cleanup;
  typeof t == 'function' && t();
}
function nt(h) {
  const t = y({ scrollLeft: h.scrollLeft, scrollWidth: h.scrollWidth, clientWidth: h.clientWidth }),
    e = O(
      () =>
        ((n) => {
          const { scrollLeft: l, scrollWidth: a, clientWidth: o } = n;
          if (a === 0) return { startX: 0, endX: 1 };
          const r = l / a,
            c = (l + o) / a;
          return { startX: Math.max(0, Math.min(1, r)), endX: Math.max(0, Math.min(1, c)) };
        })(t.value),
      [t],
    ),
    i = O(() => ((n) => ({ left: n.scrollLeft, right: n.scrollLeft + n.clientWidth }))(t.value), [t]),
    s = () => {
      t.set({ scrollLeft: h.scrollLeft, scrollWidth: h.scrollWidth, clientWidth: h.clientWidth });
    };
  return (
    h.addEventListener('scroll', s, { passive: !0 }),
    {
      scrollData: t,
      percentages: e,
      bounds: i,
      cleanup: () => {
        h.removeEventListener('scroll', s), Z(t);
      },
    }
  );
}
class rt extends A {
  constructor(t, e) {
    super(),
      (this.timeouts = []),
      (this.isScrollable = !1),
      (this.audioData = null),
      (this.resizeObserver = null),
      (this.lastContainerWidth = 0),
      (this.isDragging = !1),
      (this.subscriptions = []),
      (this.unsubscribeOnScroll = []),
      (this.dragStream = null),
      (this.scrollStream = null),
      (this.containerInlinePadding = 0),
      (this.onClickWrapper = (l) => {
        const a = this.wrapper.getBoundingClientRect(),
          [o, r] = V(a, l.clientX, l.clientY);
        this.emit('click', o, r);
      }),
      (this.onDblClickWrapper = (l) => {
        const a = this.wrapper.getBoundingClientRect(),
          [o, r] = V(a, l.clientX, l.clientY);
        this.emit('dblclick', o, r);
      }),
      (this.subscriptions = []),
      (this.options = t);
    const i = this.parentFromOptionsContainer(t.container);
    this.parent = i;
    const [s, n] = this.initHtml();
    i.appendChild(s),
      (this.container = s),
      (this.scrollContainer = n.querySelector('.scroll')),
      (this.wrapper = n.querySelector('.wrapper')),
      (this.canvasWrapper = n.querySelector('.canvases')),
      (this.progressWrapper = n.querySelector('.progress')),
      (this.cursor = n.querySelector('.cursor')),
      this.calculateInlinePadding(),
      e && n.appendChild(e),
      this.initEvents();
  }
  parentFromOptionsContainer(t) {
    let e;
    if ((typeof t == 'string' ? (e = document.querySelector(t)) : G(t) && (e = t), !e))
      throw new Error('Container not found');
    return e;
  }
  initEvents() {
    this.wrapper.addEventListener('click', this.onClickWrapper),
      this.wrapper.addEventListener('dblclick', this.onDblClickWrapper),
      (this.options.dragToSeek !== !0 && typeof this.options.dragToSeek != 'object') || this.initDrag(),
      (this.scrollStream = nt(this.scrollContainer));
    const t = F(() => {
      const { startX: e, endX: i } = this.scrollStream.percentages.value,
        { left: s, right: n } = this.scrollStream.bounds.value;
      this.emit('scroll', e, i, s, n);
    }, [this.scrollStream.percentages, this.scrollStream.bounds]);
    if ((this.subscriptions.push(t), typeof ResizeObserver == 'function')) {
      const e = this.createDelay(100);
      (this.resizeObserver = new ResizeObserver(() => {
        e()
          .then(() => this.onContainerResize())
          .catch(() => {});
      })),
        this.resizeObserver.observe(this.scrollContainer);
    }
  }
  onContainerResize() {
    const t = this.parent.clientWidth;
    this.calculateInlinePadding(),
      (t === this.lastContainerWidth && this.options.height !== 'auto') ||
        ((this.lastContainerWidth = t), this.reRender(), this.emit('resize'));
  }
  initDrag() {
    if (this.dragStream) return;
    this.dragStream = ((e, i = {}) => {
      const { threshold: s = 3, mouseButton: n = 0, touchDelay: l = 100 } = i,
        a = y(null),
        o = new Map(),
        r = matchMedia('(pointer: coarse)').matches;
      let c = () => {};
      const p = (d) => {
        if (d.button !== n || o.has(d.pointerId) || (o.set(d.pointerId, d), o.size > 1)) return;
        const m = d.pointerId;
        let u = d.clientX,
          f = d.clientY,
          g = !1;
        const E = Date.now(),
          k = e.getBoundingClientRect(),
          { left: M, top: C } = k,
          P = (b) => {
            if (b.pointerId !== m || b.defaultPrevented || o.size > 1 || (r && Date.now() - E < l)) return;
            const T = b.clientX,
              R = b.clientY,
              _ = T - u,
              v = R - f;
            (g || Math.abs(_) > s || Math.abs(v) > s) &&
              (b.preventDefault(),
              b.stopPropagation(),
              g || (a.set({ type: 'start', x: u - M, y: f - C }), (g = !0)),
              a.set({ type: 'move', x: T - M, y: R - C, deltaX: _, deltaY: v }),
              (u = T),
              (f = R));
          },
          S = (b) => {
            if (o.delete(b.pointerId)) {
              if (b.pointerId === m && g) {
                const T = b.clientX,
                  R = b.clientY;
                a.set({ type: 'end', x: T - M, y: R - C });
              }
              o.size === 0 && c();
            }
          },
          w = (b) => {
            (b.relatedTarget && b.relatedTarget !== document.documentElement) || S(b);
          },
          D = (b) => {
            g && (b.stopPropagation(), b.preventDefault());
          },
          W = (b) => {
            b.defaultPrevented || o.size > 1 || (g && b.preventDefault());
          };
        document.addEventListener('pointermove', P),
          document.addEventListener('pointerup', S),
          document.addEventListener('pointerout', w),
          document.addEventListener('pointercancel', w),
          document.addEventListener('touchmove', W, { passive: !1 }),
          document.addEventListener('click', D, { capture: !0 }),
          (c = () => {
            document.removeEventListener('pointermove', P),
              document.removeEventListener('pointerup', S),
              document.removeEventListener('pointerout', w),
              document.removeEventListener('pointercancel', w),
              document.removeEventListener('touchmove', W),
              setTimeout(() => {
                document.removeEventListener('click', D, { capture: !0 });
              }, 10);
          });
      };
      return (
        e.addEventListener('pointerdown', p),
        {
          signal: a,
          cleanup: () => {
            c(), e.removeEventListener('pointerdown', p), o.clear(), Z(a);
          },
        }
      );
    })(this.wrapper);
    const t = F(() => {
      const e = this.dragStream.signal.value;
      if (!e) return;
      const i = this.wrapper.getBoundingClientRect().width,
        s = (n = e.x / i) < 0 ? 0 : n > 1 ? 1 : n;
      var n;
      e.type === 'start'
        ? ((this.isDragging = !0), this.emit('dragstart', s))
        : e.type === 'move'
          ? this.emit('drag', s)
          : e.type === 'end' && ((this.isDragging = !1), this.emit('dragend', s));
    }, [this.dragStream.signal]);
    this.subscriptions.push(t);
  }
  calculateInlinePadding() {
    const { paddingLeft: t, paddingRight: e } = getComputedStyle(this.scrollContainer),
      i = parseFloat(t) + parseFloat(e);
    this.containerInlinePadding = Number.isNaN(i) ? 0 : i;
  }
  initHtml() {
    const t = document.createElement('div'),
      e = t.attachShadow({ mode: 'open' }),
      i =
        this.options.cspNonce && typeof this.options.cspNonce == 'string'
          ? this.options.cspNonce.replace(/"/g, '')
          : '';
    return (
      (e.innerHTML = `
      <style${i ? ` nonce="${i}"` : ''}>
        :host {
          user-select: none;
          min-width: 1px;
        }
        :host audio {
          display: block;
          width: 100%;
        }
        :host .scroll {
          overflow-x: auto;
          overflow-y: hidden;
          width: 100%;
          position: relative;
        }
        :host .noScrollbar {
          scrollbar-color: transparent;
          scrollbar-width: none;
        }
        :host .noScrollbar::-webkit-scrollbar {
          display: none;
          -webkit-appearance: none;
        }
        :host .wrapper {
          position: relative;
          overflow: visible;
          z-index: 2;
        }
        :host .canvases {
          min-height: ${this.getHeight(this.options.height, this.options.splitChannels)}px;
          pointer-events: none;
        }
        :host .canvases > div {
          position: relative;
        }
        :host canvas {
          display: block;
          position: absolute;
          top: 0;
          image-rendering: pixelated;
        }
        :host .progress {
          pointer-events: none;
          position: absolute;
          z-index: 2;
          top: 0;
          left: 0;
          width: 0;
          height: 100%;
          overflow: hidden;
        }
        :host .progress > div {
          position: relative;
        }
        :host .cursor {
          pointer-events: none;
          position: absolute;
          z-index: 5;
          top: 0;
          left: 0;
          height: 100%;
          border-radius: 2px;
        }
      </style>

      <div class="scroll" part="scroll">
        <div class="wrapper" part="wrapper">
          <div class="canvases" part="canvases"></div>
          <div class="progress" part="progress"></div>
          <div class="cursor" part="cursor"></div>
        </div>
      </div>
    `),
      [t, e]
    );
  }
  setOptions(t) {
    var e;
    if (this.options.container !== t.container) {
      const i = this.parentFromOptionsContainer(t.container);
      i.appendChild(this.container), (this.parent = i);
    }
    t.dragToSeek === !0 || typeof this.options.dragToSeek == 'object'
      ? this.initDrag()
      : ((e = this.dragStream) === null || e === void 0 || e.cleanup(), (this.dragStream = null)),
      (this.options = t),
      this.reRender();
  }
  getWrapper() {
    return this.wrapper;
  }
  getWidth() {
    return this.scrollContainer.clientWidth - this.containerInlinePadding;
  }
  getScroll() {
    return this.scrollContainer.scrollLeft;
  }
  setScroll(t) {
    this.scrollContainer.scrollLeft = t;
  }
  setScrollPercentage(t) {
    const { scrollWidth: e } = this.scrollContainer,
      i = e * t;
    this.setScroll(i);
  }
  destroy() {
    var t;
    this.wrapper.removeEventListener('click', this.onClickWrapper),
      this.wrapper.removeEventListener('dblclick', this.onDblClickWrapper),
      this.timeouts.forEach((e) => e()),
      (this.timeouts = []),
      this.subscriptions.forEach((e) => e()),
      this.container.remove(),
      this.resizeObserver && (this.resizeObserver.disconnect(), (this.resizeObserver = null)),
      (t = this.unsubscribeOnScroll) === null || t === void 0 || t.forEach((e) => e()),
      (this.unsubscribeOnScroll = []),
      this.dragStream && (this.dragStream.cleanup(), (this.dragStream = null)),
      this.scrollStream && (this.scrollStream.cleanup(), (this.scrollStream = null));
  }
  createDelay(t = 10) {
    let e, i;
    const s = () => {
      e && (clearTimeout(e), (e = void 0)), i && (i(), (i = void 0));
    };
    return (
      this.timeouts.push(s),
      () =>
        new Promise((n, l) => {
          s(),
            (i = l),
            (e = setTimeout(() => {
              (e = void 0), (i = void 0), n();
            }, t));
        })
    );
  }
  getHeight(t, e) {
    var i;
    const s = ((i = this.audioData) === null || i === void 0 ? void 0 : i.numberOfChannels) || 1;
    return (({
      optionsHeight: n,
      optionsSplitChannels: l,
      parentHeight: a,
      numberOfChannels: o,
      defaultHeight: r = 128,
    }) => {
      if (n == null) return r;
      const c = Number(n);
      if (!isNaN(c)) return c;
      if (n === 'auto') {
        const p = a || r;
        return l?.every((d) => !d.overlay) ? p / o : p;
      }
      return r;
    })({
      optionsHeight: t,
      optionsSplitChannels: e,
      parentHeight: this.parent.clientHeight,
      numberOfChannels: s,
      defaultHeight: 128,
    });
  }
  convertColorValues(t, e) {
    return ((i, s, n) => {
      if (!Array.isArray(i)) return i || '';
      if (i.length === 0) return '#999';
      if (i.length < 2) return i[0] || '';
      const l = document.createElement('canvas'),
        a = l.getContext('2d');
      if (!a) return i[0] || '';
      const o = n || l.height * s,
        r = a.createLinearGradient(0, 0, 0, o),
        c = 1 / (i.length - 1);
      return (
        i.forEach((p, d) => {
          r.addColorStop(d * c, p);
        }),
        r
      );
    })(t, this.getPixelRatio(), e?.canvas.height);
  }
  getPixelRatio() {
    return ((t = window.devicePixelRatio), Math.max(1, t || 1));
    var t;
  }
  renderBarWaveform(t, e, i, s) {
    const { width: n, height: l } = i.canvas,
      {
        halfHeight: a,
        barWidth: o,
        barRadius: r,
        barIndexScale: c,
        barSpacing: p,
        barMinHeight: d,
      } = (({ width: u, height: f, length: g, options: E, pixelRatio: k }) => {
        const M = f / 2,
          C = E.barWidth ? E.barWidth * k : 1,
          P = E.barGap ? E.barGap * k : E.barWidth ? C / 2 : 0,
          S = C + P || 1;
        return {
          halfHeight: M,
          barWidth: C,
          barGap: P,
          barRadius: E.barRadius || 0,
          barMinHeight: E.barMinHeight ? E.barMinHeight * k : 0,
          barIndexScale: g > 0 ? u / S / g : 0,
          barSpacing: S,
        };
      })({ width: n, height: l, length: (t[0] || []).length, options: e, pixelRatio: this.getPixelRatio() }),
      m = (({
        channelData: u,
        barIndexScale: f,
        barSpacing: g,
        barWidth: E,
        halfHeight: k,
        vScale: M,
        canvasHeight: C,
        barAlign: P,
        barMinHeight: S,
      }) => {
        const w = u[0] || [],
          D = u[1] || w,
          W = w.length,
          b = [];
        let T = 0,
          R = 0,
          _ = 0;
        for (let v = 0; v <= W; v++) {
          const L = Math.round(v * f);
          if (L > T) {
            const { topHeight: J, totalHeight: $ } = it({
                maxTop: R,
                maxBottom: _,
                halfHeight: k,
                vScale: M,
                barMinHeight: S,
                barAlign: P,
              }),
              K = st({ barAlign: P, halfHeight: k, topHeight: J, totalHeight: $, canvasHeight: C });
            b.push({ x: T * g, y: K, width: E, height: $ }), (T = L), (R = 0), (_ = 0);
          }
          const I = Math.abs(w[v] || 0),
            z = Math.abs(D[v] || 0);
          I > R && (R = I), z > _ && (_ = z);
        }
        return b;
      })({
        channelData: t,
        barIndexScale: c,
        barSpacing: p,
        barWidth: o,
        halfHeight: a,
        vScale: s,
        canvasHeight: l,
        barAlign: e.barAlign,
        barMinHeight: d,
      });
    i.beginPath();
    for (const u of m)
      r && 'roundRect' in i
        ? i.roundRect(u.x, u.y, u.width, u.height, r)
        : i.rect(u.x, u.y, u.width, u.height);
    i.fill(), i.closePath();
  }
  renderLineWaveform(t, e, i, s) {
    const { width: n, height: l } = i.canvas,
      a = (({ channelData: o, width: r, height: c, vScale: p }) => {
        const d = c / 2,
          m = o[0] || [];
        return [m, o[1] || m].map((u, f) => {
          const g = u.length,
            E = g ? r / g : 0,
            k = d,
            M = f === 0 ? -1 : 1,
            C = [{ x: 0, y: k }];
          let P = 0,
            S = 0;
          for (let w = 0; w <= g; w++) {
            const D = Math.round(w * E);
            if (D > P) {
              const b = k + (Math.round(S * d * p) || 1) * M;
              C.push({ x: P, y: b }), (P = D), (S = 0);
            }
            const W = Math.abs(u[w] || 0);
            W > S && (S = W);
          }
          return (C.push({ x: P, y: k }), C);
        });
      })({ channelData: t, width: n, height: l, vScale: s });
    i.beginPath();
    for (const o of a)
      if (o.length) {
        i.moveTo(o[0].x, o[0].y);
        for (let r = 1; r < o.length; r++) {
          const c = o[r];
          i.lineTo(c.x, c.y);
        }
      }
    i.fill(), i.closePath();
  }
  renderWaveform(t, e, i) {
    if (((i.fillStyle = this.convertColorValues(e.waveColor, i)), e.renderFunction))
      return void e.renderFunction(t, i);
    const s = (({ channelData: n, barHeight: l, normalize: a, maxPeak: o }) => {
      var r;
      const c = l || 1;
      if (!a) return c;
      const p = n[0];
      if (!p || p.length === 0) return c;
      let d = o ?? 0;
      if (!o)
        for (let m = 0; m < p.length; m++) {
          const u = (r = p[m]) !== null && r !== void 0 ? r : 0,
            f = Math.abs(u);
          f > d && (d = f);
        }
      return d ? c / d : c;
    })({ channelData: t, barHeight: e.barHeight, normalize: e.normalize, maxPeak: e.maxPeak });
    Y(e) ? this.renderBarWaveform(t, e, i, s) : this.renderLineWaveform(t, e, i, s);
  }
  renderSingleCanvas(t, e, i, s, n, l, a) {
    const o = this.getPixelRatio(),
      r = document.createElement('canvas');
    (r.width = Math.round(i * o)),
      (r.height = Math.round(s * o)),
      (r.style.width = `${i}px`),
      (r.style.height = `${s}px`),
      (r.style.left = `${Math.round(n)}px`),
      l.appendChild(r);
    const c = r.getContext('2d');
    if (
      (e.renderFunction
        ? ((c.fillStyle = this.convertColorValues(e.waveColor, c)), e.renderFunction(t, c))
        : this.renderWaveform(t, e, c),
      r.width > 0 && r.height > 0)
    ) {
      const p = r.cloneNode(),
        d = p.getContext('2d');
      d.drawImage(r, 0, 0),
        (d.globalCompositeOperation = 'source-in'),
        (d.fillStyle = this.convertColorValues(e.progressColor, d)),
        d.fillRect(0, 0, r.width, r.height),
        a.appendChild(p);
    }
  }
  renderMultiCanvas(t, e, i, s, n, l) {
    const a = this.getPixelRatio(),
      { clientWidth: o } = this.scrollContainer,
      r = i / a,
      c = (({ clientWidth: u, totalWidth: f, options: g }) => X(Math.min(8e3, u, f), g))({
        clientWidth: o,
        totalWidth: r,
        options: e,
      });
    let p = {};
    if (c === 0) return;
    const d = (u) => {
        if (u < 0 || u >= m || p[u]) return;
        p[u] = !0;
        const f = u * c;
        let g = Math.min(r - f, c);
        if (((g = X(g, e)), g <= 0)) return;
        const E = (({ channelData: k, offset: M, clampedWidth: C, totalWidth: P }) =>
          k.map((S) => {
            const w = Math.floor((M / P) * S.length),
              D = Math.floor(((M + C) / P) * S.length);
            return S.slice(w, D);
          }))({ channelData: t, offset: f, clampedWidth: g, totalWidth: r });
        this.renderSingleCanvas(E, e, g, s, f, n, l);
      },
      m = Math.ceil(r / c);
    if (!this.isScrollable) {
      for (let u = 0; u < m; u++) d(u);
      return;
    }
    if (
      (U({ scrollLeft: this.scrollContainer.scrollLeft, totalWidth: r, numCanvases: m }).forEach((u) => d(u)),
      m > 1)
    ) {
      const u = this.on('scroll', () => {
        const { scrollLeft: f } = this.scrollContainer;
        Object.keys(p).length > 10 && ((n.innerHTML = ''), (l.innerHTML = ''), (p = {})),
          U({ scrollLeft: f, totalWidth: r, numCanvases: m }).forEach((g) => d(g));
      });
      this.unsubscribeOnScroll.push(u);
    }
  }
  renderChannel(t, e, i, s) {
    var { overlay: n } = e,
      l = ((c, p) => {
        var d = {};
        for (var m in c) Object.hasOwn(c, m) && p.indexOf(m) < 0 && (d[m] = c[m]);
        if (c != null && typeof Object.getOwnPropertySymbols == 'function') {
          var u = 0;
          for (m = Object.getOwnPropertySymbols(c); u < m.length; u++)
            p.indexOf(m[u]) < 0 && Object.prototype.propertyIsEnumerable.call(c, m[u]) && (d[m[u]] = c[m[u]]);
        }
        return d;
      })(e, ['overlay']);
    const a = document.createElement('div'),
      o = this.getHeight(l.height, l.splitChannels);
    (a.style.height = `${o}px`),
      n && s > 0 && (a.style.marginTop = `-${o}px`),
      (this.canvasWrapper.style.minHeight = `${o}px`),
      this.canvasWrapper.appendChild(a);
    const r = a.cloneNode();
    this.progressWrapper.appendChild(r), this.renderMultiCanvas(t, l, i, o, a, r);
  }
  render(t) {
    return x(this, void 0, void 0, function* () {
      var e;
      this.timeouts.forEach((r) => r()),
        (this.timeouts = []),
        this.unsubscribeOnScroll.forEach((r) => r()),
        (this.unsubscribeOnScroll = []),
        (this.canvasWrapper.innerHTML = ''),
        (this.progressWrapper.innerHTML = ''),
        this.options.width != null &&
          (this.scrollContainer.style.width =
            typeof this.options.width == 'number' ? `${this.options.width}px` : this.options.width);
      const i = this.getPixelRatio(),
        s = this.scrollContainer.clientWidth - this.containerInlinePadding,
        {
          scrollWidth: n,
          isScrollable: l,
          useParentWidth: a,
          width: o,
        } = (({ duration: r, minPxPerSec: c = 0, parentWidth: p, fillParent: d, pixelRatio: m }) => {
          const u = Math.ceil(r * c),
            f = u > p,
            g = !!(d && !f);
          return { scrollWidth: u, isScrollable: f, useParentWidth: g, width: (g ? p : u) * m };
        })({
          duration: t.duration,
          minPxPerSec: this.options.minPxPerSec || 0,
          parentWidth: s,
          fillParent: this.options.fillParent,
          pixelRatio: i,
        });
      if (
        ((this.isScrollable = l),
        (this.wrapper.style.width = a ? '100%' : `${n}px`),
        (this.scrollContainer.style.overflowX = this.isScrollable ? 'auto' : 'hidden'),
        this.scrollContainer.classList.toggle('noScrollbar', !!this.options.hideScrollbar),
        (this.cursor.style.backgroundColor = `${this.options.cursorColor || this.options.progressColor}`),
        (this.cursor.style.width = `${this.options.cursorWidth}px`),
        (this.audioData = t),
        this.emit('render'),
        this.options.splitChannels)
      )
        for (let r = 0; r < t.numberOfChannels; r++) {
          const c = Object.assign(
            Object.assign({}, this.options),
            (e = this.options.splitChannels) === null || e === void 0 ? void 0 : e[r],
          );
          this.renderChannel([t.getChannelData(r)], c, o, r);
        }
      else {
        const r = [t.getChannelData(0)];
        t.numberOfChannels > 1 && r.push(t.getChannelData(1)), this.renderChannel(r, this.options, o, 0);
      }
      Promise.resolve().then(() => this.emit('rendered'));
    });
  }
  reRender() {
    if ((this.unsubscribeOnScroll.forEach((i) => i()), (this.unsubscribeOnScroll = []), !this.audioData))
      return;
    const { scrollWidth: t } = this.scrollContainer,
      { right: e } = this.progressWrapper.getBoundingClientRect();
    if ((this.render(this.audioData), !this.isScrollable && this.scrollContainer.scrollLeft))
      this.scrollContainer.scrollLeft = 0;
    else if (this.isScrollable && t !== this.scrollContainer.scrollWidth) {
      const { right: i } = this.progressWrapper.getBoundingClientRect(),
        s = ((n) => {
          const l = 2 * n;
          return (l < 0 ? Math.floor(l) : Math.ceil(l)) / 2;
        })(i - e);
      this.scrollContainer.scrollLeft += s;
    }
  }
  zoom(t) {
    (this.options.minPxPerSec = t), this.reRender();
  }
  scrollIntoView(t, e = !1) {
    var i;
    const { scrollLeft: s, scrollWidth: n, clientWidth: l } = this.scrollContainer,
      a = t * n,
      o = s,
      r = s + l,
      c = l / 2;
    if (this.isDragging)
      a + 30 > r
        ? (this.scrollContainer.scrollLeft += 30)
        : a - 30 < o && (this.scrollContainer.scrollLeft -= 30);
    else {
      (a < o || a > r) && (this.scrollContainer.scrollLeft = a - (this.options.autoCenter ? c : 0));
      const p = a - s - c;
      if (e && this.options.autoCenter && p > 0) {
        const d = (i = this.audioData) === null || i === void 0 ? void 0 : i.duration;
        if (d === void 0 || d <= 0) return void (this.scrollContainer.scrollLeft += p);
        const m = n / d;
        this.scrollContainer.scrollLeft += m <= 600 ? Math.min(p, 10) : p;
      }
    }
  }
  renderProgress(t, e) {
    if (isNaN(t)) return;
    const i = 100 * t;
    (this.canvasWrapper.style.clipPath = `polygon(${i}% 0%, 100% 0%, 100% 100%, ${i}% 100%)`),
      (this.progressWrapper.style.width = `${i}%`),
      (this.cursor.style.left = `${i}%`),
      (this.cursor.style.transform = this.options.cursorWidth
        ? `translateX(-${t * this.options.cursorWidth}px)`
        : ''),
      this.isScrollable &&
        this.options.autoScroll &&
        this.audioData &&
        this.audioData.duration > 0 &&
        this.scrollIntoView(t, e);
  }
  exportImage(t, e, i) {
    return x(this, void 0, void 0, function* () {
      const s = this.canvasWrapper.querySelectorAll('canvas');
      if (!s.length) throw new Error('No waveform data');
      if (i === 'dataURL') {
        const n = Array.from(s).map((l) => l.toDataURL(t, e));
        return Promise.resolve(n);
      }
      return Promise.all(
        Array.from(s).map(
          (n) =>
            new Promise((l, a) => {
              n.toBlob(
                (o) => {
                  o ? l(o) : a(new Error('Could not export image'));
                },
                t,
                e,
              );
            }),
        ),
      );
    });
  }
}
class ot extends A {
  constructor() {
    super(...arguments), (this.animationFrameId = null), (this.isRunning = !1);
  }
  start() {
    if (this.isRunning) return;
    this.isRunning = !0;
    const t = () => {
      this.isRunning && (this.emit('tick'), (this.animationFrameId = requestAnimationFrame(t)));
    };
    t();
  }
  stop() {
    (this.isRunning = !1),
      this.animationFrameId !== null &&
        (cancelAnimationFrame(this.animationFrameId), (this.animationFrameId = null));
  }
  destroy() {
    this.stop(), this.unAll();
  }
}
class B extends A {
  constructor(t) {
    super(),
      (this.bufferNode = null),
      (this.playStartTime = 0),
      (this.playbackPosition = 0),
      (this._muted = !1),
      (this._playbackRate = 1),
      (this._duration = void 0),
      (this.buffer = null),
      (this.currentSrc = ''),
      (this.paused = !0),
      (this.crossOrigin = null),
      (this.seeking = !1),
      (this.autoplay = !1),
      (this.addEventListener = this.on),
      (this.removeEventListener = this.un),
      (this._destroyed = !1),
      (() => {
        const e = globalThis.navigator;
        if (e?.audioSession)
          try {
            e.audioSession.type = 'playback';
          } catch (i) {
            console.warn('Setting navigator.audioSession.type failed:', i);
          }
      })(),
      (this.audioContext = t || new AudioContext()),
      (this.gainNode = this.audioContext.createGain()),
      this.gainNode.connect(this.audioContext.destination);
  }
  load() {
    return x(this, void 0, void 0, function* () {});
  }
  remove() {
    this.destroy();
  }
  destroy() {
    if (!this._destroyed) {
      if (((this._destroyed = !0), (this.currentSrc = ''), this.bufferNode)) {
        this.bufferNode.onended = null;
        try {
          this.bufferNode.stop();
        } catch {}
        this.bufferNode.disconnect(), (this.bufferNode = null);
      }
      this.gainNode.disconnect(),
        typeof this.audioContext.close == 'function' &&
          Promise.resolve(this.audioContext.close.call(this.audioContext)).catch(() => {}),
        (this.buffer = null),
        this.unAll();
    }
  }
  get src() {
    return this.currentSrc;
  }
  set src(t) {
    if (((this.currentSrc = t), (this._duration = void 0), !t))
      return ((this.buffer = null), void this.emit('emptied'));
    fetch(t)
      .then((e) => {
        if (e.status >= 400) throw new Error(`Failed to fetch ${t}: ${e.status} (${e.statusText})`);
        return e.arrayBuffer();
      })
      .then((e) => (this.currentSrc !== t ? null : this.audioContext.decodeAudioData(e)))
      .then((e) => {
        this.currentSrc === t &&
          ((this.buffer = e),
          this.emit('loadedmetadata'),
          this.emit('canplay'),
          this.autoplay && this.play());
      })
      .catch((e) => {
        console.error('WebAudioPlayer load error:', e);
      });
  }
  _play() {
    if (!this.paused) return;
    (this.paused = !1),
      this.bufferNode && ((this.bufferNode.onended = null), this.bufferNode.disconnect()),
      (this.bufferNode = this.audioContext.createBufferSource()),
      this.buffer && (this.bufferNode.buffer = this.buffer),
      (this.bufferNode.playbackRate.value = this._playbackRate),
      this.bufferNode.connect(this.gainNode);
    let t = this.playbackPosition;
    (t >= this.duration || t < 0) && ((t = 0), (this.playbackPosition = 0)),
      this.bufferNode.start(this.audioContext.currentTime, t),
      (this.playStartTime = this.audioContext.currentTime),
      (this.bufferNode.onended = () => {
        !this.paused && this.duration - this.currentTime < 0.01 && (this.pause(), this.emit('ended'));
      });
  }
  _pause() {
    if (((this.paused = !0), this.bufferNode)) {
      this.bufferNode.onended = null;
      try {
        this.bufferNode.stop();
      } catch {}
    }
    this.playbackPosition += (this.audioContext.currentTime - this.playStartTime) * this._playbackRate;
  }
  play() {
    return x(this, void 0, void 0, function* () {
      this.paused && (this._play(), this.emit('play'));
    });
  }
  pause() {
    this.paused || (this._pause(), this.emit('pause'));
  }
  stopAt(t) {
    const e = (t - this.currentTime) / this._playbackRate,
      i = this.bufferNode;
    i?.stop(this.audioContext.currentTime + e),
      i?.addEventListener(
        'ended',
        () => {
          i === this.bufferNode &&
            ((this.bufferNode = null),
            this.pause(),
            (this.playbackPosition = Math.min(t, this.duration)),
            this.emit('timeupdate'));
        },
        { once: !0 },
      );
  }
  setSinkId(t) {
    return x(this, void 0, void 0, function* () {
      return this.audioContext.setSinkId(t);
    });
  }
  get playbackRate() {
    return this._playbackRate;
  }
  set playbackRate(t) {
    const e = !this.paused;
    e && this._pause(),
      (this._playbackRate = t),
      e && this._play(),
      this.bufferNode && (this.bufferNode.playbackRate.value = t);
  }
  get currentTime() {
    return this.paused
      ? this.playbackPosition
      : this.playbackPosition + (this.audioContext.currentTime - this.playStartTime) * this._playbackRate;
  }
  set currentTime(t) {
    const e = !this.paused;
    e && this._pause(),
      (this.playbackPosition = t),
      e && this._play(),
      this.emit('seeking'),
      this.emit('timeupdate');
  }
  get duration() {
    var t, e;
    return (t = this._duration) !== null && t !== void 0
      ? t
      : ((e = this.buffer) === null || e === void 0 ? void 0 : e.duration) || 0;
  }
  set duration(t) {
    this._duration = t;
  }
  get volume() {
    return this.gainNode.gain.value;
  }
  set volume(t) {
    (this.gainNode.gain.value = t), this.emit('volumechange');
  }
  get muted() {
    return this._muted;
  }
  set muted(t) {
    this._muted !== t &&
      ((this._muted = t),
      this._muted ? this.gainNode.disconnect() : this.gainNode.connect(this.audioContext.destination));
  }
  canPlayType(t) {
    return /^(audio|video)\//.test(t);
  }
  getGainNode() {
    return this.gainNode;
  }
  getChannelData() {
    const t = [];
    if (!this.buffer) return t;
    const e = this.buffer.numberOfChannels;
    for (let i = 0; i < e; i++) t.push(this.buffer.getChannelData(i));
    return t;
  }
  removeAttribute(t) {
    switch (t) {
      case 'src':
        this.src = '';
        break;
      case 'playbackRate':
        this.playbackRate = 0;
        break;
      case 'currentTime':
        this.currentTime = 0;
        break;
      case 'duration':
        this.duration = 0;
        break;
      case 'volume':
        this.volume = 0;
        break;
      case 'muted':
        this.muted = !1;
    }
  }
}
const at = {
  waveColor: '#999',
  progressColor: '#555',
  cursorWidth: 1,
  minPxPerSec: 0,
  fillParent: !0,
  interact: !0,
  dragToSeek: !1,
  autoScroll: !0,
  autoCenter: !0,
  sampleRate: 8e3,
};
class H extends et {
  static create(t) {
    return new H(t);
  }
  getState() {
    return this.wavesurferState;
  }
  getRenderer() {
    return this.renderer;
  }
  constructor(t) {
    const e = t.media || (t.backend === 'WebAudio' ? new B() : void 0);
    super({ media: e, mediaControls: t.mediaControls, autoplay: t.autoplay, playbackRate: t.audioRate }),
      (this.plugins = []),
      (this.decodedData = null),
      (this.stopAtPosition = null),
      (this.subscriptions = []),
      (this.mediaSubscriptions = []),
      (this.abortController = null),
      (this._isDestroyed = !1),
      (this._loadVersion = 0),
      (this.options = Object.assign({}, at, t));
    const { state: i, actions: s } = ((a) => {
      var o, r, c, p, d, m;
      const u = (o = a?.currentTime) !== null && o !== void 0 ? o : y(0),
        f = (r = a?.duration) !== null && r !== void 0 ? r : y(0),
        g = (c = a?.isPlaying) !== null && c !== void 0 ? c : y(!1),
        E = (p = a?.isSeeking) !== null && p !== void 0 ? p : y(!1),
        k = (d = a?.volume) !== null && d !== void 0 ? d : y(1),
        M = (m = a?.playbackRate) !== null && m !== void 0 ? m : y(1),
        C = y(null),
        P = y(null),
        S = y(''),
        w = y(0),
        D = y(0),
        W = O(() => !g.value, [g]),
        b = O(() => C.value !== null, [C]),
        T = O(() => b.value && f.value > 0, [b, f]),
        R = O(() => u.value, [u]),
        _ = O(() => (f.value > 0 ? u.value / f.value : 0), [u, f]);
      return {
        state: {
          currentTime: u,
          duration: f,
          isPlaying: g,
          isPaused: W,
          isSeeking: E,
          volume: k,
          playbackRate: M,
          audioBuffer: C,
          peaks: P,
          url: S,
          zoom: w,
          scrollPosition: D,
          canPlay: b,
          isReady: T,
          progress: R,
          progressPercent: _,
        },
        actions: {
          setCurrentTime: (v) => {
            const L = Math.max(0, Math.min(f.value || 1 / 0, v));
            u.set(L);
          },
          setDuration: (v) => {
            f.set(Math.max(0, v));
          },
          setPlaying: (v) => {
            g.set(v);
          },
          setSeeking: (v) => {
            E.set(v);
          },
          setVolume: (v) => {
            const L = Math.max(0, Math.min(1, v));
            k.set(L);
          },
          setPlaybackRate: (v) => {
            const L = Math.max(0.1, Math.min(16, v));
            M.set(L);
          },
          setAudioBuffer: (v) => {
            C.set(v), v && f.set(v.duration);
          },
          setPeaks: (v) => {
            P.set(v);
          },
          setUrl: (v) => {
            S.set(v);
          },
          setZoom: (v) => {
            w.set(Math.max(0, v));
          },
          setScrollPosition: (v) => {
            D.set(Math.max(0, v));
          },
        },
      };
    })({
      isPlaying: this.isPlayingSignal,
      currentTime: this.currentTimeSignal,
      duration: this.durationSignal,
      volume: this.volumeSignal,
      playbackRate: this.playbackRateSignal,
      isSeeking: this.seekingSignal,
    });
    (this.wavesurferState = i), (this.wavesurferActions = s), (this.timer = new ot());
    const n = e ? void 0 : this.getMediaElement();
    (this.renderer = new rt(this.options, n)),
      this.initPlayerEvents(),
      this.initRendererEvents(),
      this.initTimerEvents(),
      this.initPlugins();
    const l = this.options.url || this.getSrc() || '';
    Promise.resolve().then(() => {
      this.emit('init');
      const { peaks: a, duration: o } = this.options;
      (l || (a && o)) && this.load(l, a, o).catch(() => {});
    });
  }
  updateProgress(t = this.getCurrentTime()) {
    return (this.renderer.renderProgress(t / this.getDuration(), this.isPlaying()), t);
  }
  initTimerEvents() {
    this.subscriptions.push(
      this.timer.on('tick', () => {
        if (!this.isSeeking()) {
          const t = this.updateProgress();
          if (
            (this.emit('timeupdate', t),
            this.emit('audioprocess', t),
            this.stopAtPosition != null && this.isPlaying() && t >= this.stopAtPosition)
          ) {
            const e = this.stopAtPosition;
            this.pause(), this.setTime(e);
          }
        }
      }),
    );
  }
  initPlayerEvents() {
    this.isPlaying() && (this.emit('play'), this.timer.start()),
      this.mediaSubscriptions.push(
        this.onMediaEvent('timeupdate', () => {
          const t = this.updateProgress();
          this.emit('timeupdate', t);
        }),
        this.onMediaEvent('play', () => {
          this.emit('play'), this.timer.start();
        }),
        this.onMediaEvent('pause', () => {
          this.emit('pause'), this.timer.stop(), (this.stopAtPosition = null);
        }),
        this.onMediaEvent('emptied', () => {
          this.timer.stop(), (this.stopAtPosition = null);
        }),
        this.onMediaEvent('ended', () => {
          this.emit('timeupdate', this.getDuration()), this.emit('finish'), (this.stopAtPosition = null);
        }),
        this.onMediaEvent('seeking', () => {
          this.emit('seeking', this.getCurrentTime());
        }),
        this.onMediaEvent('error', () => {
          var t;
          this.emit(
            'error',
            (t = this.getMediaElement().error) !== null && t !== void 0 ? t : new Error('Media error'),
          ),
            (this.stopAtPosition = null);
        }),
      );
  }
  initRendererEvents() {
    this.subscriptions.push(
      this.renderer.on('click', (t, e) => {
        this.options.interact &&
          (this.seekTo(t), this.emit('interaction', t * this.getDuration()), this.emit('click', t, e));
      }),
      this.renderer.on('dblclick', (t, e) => {
        this.emit('dblclick', t, e);
      }),
      this.renderer.on('scroll', (t, e, i, s) => {
        const n = this.getDuration();
        this.emit('scroll', t * n, e * n, i, s);
      }),
      this.renderer.on('render', () => {
        this.emit('redraw');
      }),
      this.renderer.on('rendered', () => {
        this.emit('redrawcomplete');
      }),
      this.renderer.on('dragstart', (t) => {
        this.emit('dragstart', t);
      }),
      this.renderer.on('dragend', (t) => {
        this.emit('dragend', t);
      }),
      this.renderer.on('resize', () => {
        this.emit('resize');
      }),
    );
    {
      let t;
      const e = this.renderer.on('drag', (i) => {
        var s;
        if (!this.options.interact) return;
        this.renderer.renderProgress(i), clearTimeout(t);
        let n = 0;
        const l = this.options.dragToSeek;
        this.isPlaying()
          ? (n = 0)
          : l === !0
            ? (n = 200)
            : l && typeof l == 'object' && (n = (s = l.debounceTime) !== null && s !== void 0 ? s : 200),
          (t = setTimeout(() => {
            this.seekTo(i);
          }, n)),
          this.emit('interaction', i * this.getDuration()),
          this.emit('drag', i);
      });
      this.subscriptions.push(() => {
        clearTimeout(t), e();
      });
    }
  }
  initPlugins() {
    var t;
    !((t = this.options.plugins) === null || t === void 0) &&
      t.length &&
      this.options.plugins.forEach((e) => {
        this.registerPlugin(e);
      });
  }
  unsubscribePlayerEvents() {
    this.mediaSubscriptions.forEach((t) => t()), (this.mediaSubscriptions = []);
  }
  setOptions(t) {
    (this.options = Object.assign({}, this.options, t)),
      t.duration && !t.peaks && (this.decodedData = N.createBuffer(this.exportPeaks(), t.duration)),
      t.peaks && t.duration && (this.decodedData = N.createBuffer(t.peaks, t.duration)),
      this.renderer.setOptions(this.options),
      t.audioRate && this.setPlaybackRate(t.audioRate),
      t.mediaControls != null && (this.getMediaElement().controls = t.mediaControls);
  }
  registerPlugin(t) {
    if (this.plugins.includes(t)) return t;
    t._init(this), this.plugins.push(t);
    const e = t.once('destroy', () => {
      (this.plugins = this.plugins.filter((i) => i !== t)),
        (this.subscriptions = this.subscriptions.filter((i) => i !== e));
    });
    return (this.subscriptions.push(e), t);
  }
  unregisterPlugin(t) {
    (this.plugins = this.plugins.filter((e) => e !== t)), t.destroy();
  }
  getWrapper() {
    return this.renderer.getWrapper();
  }
  getWidth() {
    return this.renderer.getWidth();
  }
  getScroll() {
    return this.renderer.getScroll();
  }
  setScroll(t) {
    return this.renderer.setScroll(t);
  }
  setScrollTime(t) {
    const e = t / this.getDuration();
    this.renderer.setScrollPercentage(e);
  }
  getActivePlugins() {
    return this.plugins;
  }
  loadAudio(t, e, i, s) {
    return x(this, void 0, void 0, function* () {
      var n;
      const l = ++this._loadVersion;
      if (
        ((this._isDestroyed = !1),
        this.emit('load', t),
        !this.options.media && this.isPlaying() && this.pause(),
        (this.decodedData = null),
        (this.stopAtPosition = null),
        (n = this.abortController) === null || n === void 0 || n.abort(),
        (this.abortController = null),
        !e && !i)
      ) {
        const o = this.options.fetchParams || {};
        window.AbortController &&
          !o.signal &&
          ((this.abortController = new AbortController()), (o.signal = this.abortController.signal));
        const r = (p) => this.emit('loading', p);
        if (((e = yield tt.fetchBlob(t, r, o)), this._isDestroyed || l !== this._loadVersion)) return;
        const c = this.options.blobMimeType;
        c && (e = new Blob([e], { type: c }));
      }
      if (this._isDestroyed || l !== this._loadVersion) return;
      this.setSrc(t, e);
      const a = yield new Promise((o) => {
        const r = s || this.getDuration();
        r
          ? o(r)
          : this.mediaSubscriptions.push(
              this.onMediaEvent('loadedmetadata', () => o(this.getDuration()), { once: !0 }),
            );
      });
      if (!this._isDestroyed && l === this._loadVersion) {
        if (!t && !e) {
          const o = this.getMediaElement();
          o instanceof B && (o.duration = a);
        }
        if (i) this.decodedData = N.createBuffer(i, a || 0);
        else if (e) {
          const o = yield e.arrayBuffer();
          if (this._isDestroyed || l !== this._loadVersion) return;
          this.decodedData = yield N.decode(o, this.options.sampleRate);
        }
        this._isDestroyed ||
          l !== this._loadVersion ||
          (this.decodedData &&
            (this.emit('decode', this.getDuration()), this.renderer.render(this.decodedData)),
          this.emit('ready', this.getDuration()));
      }
    });
  }
  load(t, e, i) {
    return x(this, void 0, void 0, function* () {
      try {
        return yield this.loadAudio(t, void 0, e, i);
      } catch (s) {
        throw (this.emit('error', s), s);
      }
    });
  }
  loadBlob(t, e, i) {
    return x(this, void 0, void 0, function* () {
      try {
        return yield this.loadAudio('', t, e, i);
      } catch (s) {
        throw (this.emit('error', s), s);
      }
    });
  }
  zoom(t) {
    if (!this.decodedData) throw new Error('No audio loaded');
    this.renderer.zoom(t), this.emit('zoom', t);
  }
  getDecodedData() {
    return this.decodedData;
  }
  exportPeaks({ channels: t = 2, maxLength: e = 8e3, precision: i = 1e4 } = {}) {
    if (!this.decodedData) throw new Error('The audio has not been decoded yet');
    const s = Math.min(t, this.decodedData.numberOfChannels),
      n = [];
    for (let l = 0; l < s; l++) {
      const a = this.decodedData.getChannelData(l),
        o = [],
        r = a.length / e;
      for (let c = 0; c < e; c++) {
        const p = a.slice(Math.floor(c * r), Math.ceil((c + 1) * r));
        let d = 0;
        for (let m = 0; m < p.length; m++) {
          const u = p[m];
          Math.abs(u) > Math.abs(d) && (d = u);
        }
        o.push(Math.round(d * i) / i);
      }
      n.push(o);
    }
    return n;
  }
  getDuration() {
    let t = super.getDuration() || 0;
    return ((t !== 0 && t !== 1 / 0) || !this.decodedData || (t = this.decodedData.duration), t);
  }
  toggleInteraction(t) {
    this.options.interact = t;
  }
  setTime(t) {
    (this.stopAtPosition = null), super.setTime(t), this.updateProgress(t), this.emit('timeupdate', t);
  }
  seekTo(t) {
    const e = this.getDuration() * t;
    this.setTime(e);
  }
  play(t, e) {
    const i = Object.create(null, { play: { get: () => super.play } });
    return x(this, void 0, void 0, function* () {
      t != null && this.setTime(t);
      const s = yield i.play.call(this);
      return (e != null && (this.media instanceof B ? this.media.stopAt(e) : (this.stopAtPosition = e)), s);
    });
  }
  playPause() {
    return x(this, void 0, void 0, function* () {
      return this.isPlaying() ? this.pause() : this.play();
    });
  }
  stop() {
    this.pause(), this.setTime(0);
  }
  skip(t) {
    this.setTime(this.getCurrentTime() + t);
  }
  empty() {
    this.load('', [[0]], 0.001);
  }
  setMediaElement(t) {
    this.unsubscribePlayerEvents(), super.setMediaElement(t), this.initPlayerEvents();
  }
  exportImage() {
    return x(this, arguments, void 0, function* (t = 'image/png', e = 1, i = 'dataURL') {
      return this.renderer.exportImage(t, e, i);
    });
  }
  destroy() {
    var t;
    (this._isDestroyed = !0),
      this.emit('destroy'),
      (t = this.abortController) === null || t === void 0 || t.abort(),
      this.plugins.forEach((e) => e.destroy()),
      this.subscriptions.forEach((e) => e()),
      this.unsubscribePlayerEvents(),
      this.timer.destroy(),
      this.renderer.destroy(),
      super.destroy();
  }
}
(H.BasePlugin = class extends A {
  constructor(h) {
    super(), (this.subscriptions = []), (this.isDestroyed = !1), (this.options = h);
  }
  onInit() {}
  _init(h) {
    this.isDestroyed && ((this.subscriptions = []), (this.isDestroyed = !1)),
      (this.wavesurfer = h),
      this.onInit();
  }
  destroy() {
    this.emit('destroy'),
      this.subscriptions.forEach((h) => h()),
      (this.subscriptions = []),
      (this.isDestroyed = !0),
      (this.wavesurfer = void 0);
  }
}),
  (H.dom = Q);
export { H as default };
