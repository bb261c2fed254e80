// Next.js settings for the portal and the embedded Studio.
import type {NextConfig} from 'next'
import {securityHeaders} from './lib/security-headers'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  compress: true,
  // Benchmarks build once per dataset size into their own directory, leaving the everyday `.next` alone.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  images: {remotePatterns: [new URL('https://cdn.sanity.io/**')]},
  headers: async () => securityHeaders(),
}

export default nextConfig
