import '@callbridge/react/styles.css';
import type { ReactNode } from 'react';

export const metadata = { title: 'callbridge · Next.js example' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: 24 }}>{children}</body>
    </html>
  );
}
