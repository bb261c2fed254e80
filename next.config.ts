// Next.js settings for the portal and the embedded Studio.
import type {NextConfig} from 'next'
import {securityHeaders} from './lib/security-headers'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  compress: true,
  // A second build (the Sanity-mode test build, or a benchmark's per-dataset build) can live beside .next.
  distDir: process.env.NEXT_DIST_DIR?.trim() || '.next',
  headers: async () => securityHeaders(),
}

export default nextConfig
