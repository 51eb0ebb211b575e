import { act, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { useAfterPaint } from '../../lib/live/use-after-paint';

afterEach(() => vi.restoreAllMocks());

function Probe({ shown }: { shown: boolean }) {
  const painted = useAfterPaint(shown, 'test:painted');
  return <p>{painted ? 'painted' : 'not yet'}</p>;
}

test('true only after the frame that showed it, and the mark is set then', () => {
  const frames: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
  const frame = () =>
    act(() => {
      for (const cb of frames.splice(0)) cb(performance.now());
    });
  performance.clearMarks('test:painted');
  const { rerender } = render(<Probe shown={false} />);
  frame();
  expect(screen.getByText('not yet')).toBeTruthy(); // nothing shown, nothing waited for
  rerender(<Probe shown />);
  frame(); // the frame that paints it
  expect(screen.getByText('not yet')).toBeTruthy();
  expect(performance.getEntriesByName('test:painted')).toHaveLength(0);
  frame(); // the next frame starts: the first was presented
  expect(screen.getByText('painted')).toBeTruthy();
  expect(performance.getEntriesByName('test:painted')).toHaveLength(1);
  rerender(<Probe shown={false} />);
  frame();
  expect(screen.getByText('painted')).toBeTruthy(); // once painted, it stays so
});
