// Next.js settings for the portal and the embedded Studio.
import type {NextConfig} from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A second build (e.g. the Sanity-mode test build, whose NEXT_PUBLIC_* values differ) can live beside .next.
  distDir: process.env.NEXT_DIST_DIR?.trim() || '.next',
  images: {remotePatterns: [new URL('https://cdn.sanity.io/**')]},
}

export default nextConfig
