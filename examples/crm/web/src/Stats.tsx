import type { CallStats } from '@callbridge/core';

export function Stats({ stats, status }: { stats: CallStats | null | undefined; status: string }) {
  const cells: Array<[string, string | number]> = [
    ['Calls', stats?.total ?? '–'],
    ['Answered', stats?.answered ?? '–'],
    ['Missed', stats?.missed ?? '–'],
    ['Voicemail', stats?.voicemail ?? '–'],
    [
      'Avg. duration',
      stats?.averageDurationSeconds == null ? '–' : `${Math.round(stats.averageDurationSeconds)} s`,
    ],
  ];
  return (
    <div className="stats" data-testid="stats">
      {cells.map(([label, value]) => (
        <div key={label} className="stat">
          <span className="stat-value">{value}</span>
          <span className="stat-label">{label}</span>
        </div>
      ))}
      <div className="stat">
        <span className={`stream-dot stream-${status}`} aria-hidden="true" />
        <span className="stat-label" data-testid="stream-status">
          live: {status}
        </span>
      </div>
    </div>
  );
}
