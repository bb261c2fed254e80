// Next.js settings for the portal and the embedded Studio.
import type {NextConfig} from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  images: {remotePatterns: [new URL('https://cdn.sanity.io/**')]},
}

export default nextConfig
