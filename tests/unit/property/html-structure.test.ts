// The comparison the hostile-text property relies on must itself notice markup that text turned into.
import { describe, expect, it } from 'vitest';
import { parsePage, scriptProblems, shapeDifference } from './html-structure.ts';

const page = (body: string) => parsePage(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);

describe('page shapes', () => {
  it('are equal when only text and attribute values differ', () => {
    const plain = page('<p class="a">Plainaaa</p><a href="/x">Plainaab</a>');
    const hostile = page('<p class="b">&lt;img src=x onerror=alert(1)&gt;Plainaaa&quot;</p><a href="/y?&quot;">&lt;/a&gt;Plainaab</a>');
    expect(shapeDifference(plain.shape, hostile.shape)).toBeNull();
  });

  it('differ when text became an element, an attribute, or closed an element early', () => {
    const plain = page('<p title="Plainaaa">Plainaab</p><div><span>Plainaac</span></div>');
    expect(shapeDifference(plain.shape, page('<p title="Plainaaa">Plainaab<img src=x onerror=alert(1)></p><div><span>Plainaac</span></div>').shape))
      .toMatch(/img/);
    expect(shapeDifference(plain.shape, page('<p title="Plainaaa" onmouseover="alert(1)">Plainaab</p><div><span>Plainaac</span></div>').shape))
      .toMatch(/onmouseover/);
    expect(shapeDifference(plain.shape, page('<p title="Plainaaa">Plainaab</p><div></div><span>Plainaac</span>').shape)).not.toBeNull();
  });

  it('see through text in <script>, <style> and <title> as a browser does', () => {
    const plain = page('<script>var a = "Plainaaa";</script><p>x</p>');
    expect(shapeDifference(plain.shape, page('<script>var a = "</script><img src=x onerror=alert(1)>";</script><p>x</p>').shape)).not.toBeNull();
  });

  it('ignore how many lines Plot split an SVG label into, but not other elements inside it', () => {
    const plain = page('<svg><text transform="t" y="0.3em">Plainaaa</text></svg>');
    const wrapped = page('<svg><text transform="t"><tspan x="0" y="0">Plain</tspan><tspan x="0" dy="1em">aaa</tspan></text></svg>');
    expect(shapeDifference(plain.shape, wrapped.shape)).toBeNull();
    const injected = page('<svg><text transform="t"><tspan x="0" onclick="alert(1)">Plainaaa</tspan></text></svg>');
    expect(shapeDifference(plain.shape, injected.shape)).not.toBeNull();
  });
});

describe('script problems', () => {
  it('are event handler attributes and script URLs, however they are disguised', () => {
    const found = scriptProblems(page([
      '<img src="x" onerror="alert(1)">',
      '<a href=" java\tscript:alert(1)">a</a>',
      '<a href="JaVaScRiPt:alert(1)">b</a>',
      '<a href="&#x6A;avascript:alert(1)">c</a>',
      '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
      '<svg><a xlink:href="javascript:alert(1)"><text>d</text></a></svg>',
    ].join('')));
    expect(found).toHaveLength(6);
  });

  it('are not ordinary links and attributes', () => {
    expect(scriptProblems(page('<a href="https://example.org/javascript:x">a</a><a href="/notes?on=1" data-on="x">b</a><img src="/media/x.png" alt="onerror">'))).toEqual([]);
  });
});
