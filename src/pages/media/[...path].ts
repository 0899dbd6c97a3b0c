// /media/<path>: the images narratives show, copied from the data folder (read and checked by the loader),
// so every image is served from this site and no page asks another origin for one.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from 'virtual:scorecard/site';

export const getStaticPaths = (async () => {
  const { dataset } = await getSite();
  return dataset.quality.media.map((file) => ({ params: { path: file.path }, props: { bytes: file.bytes } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { bytes: Uint8Array<ArrayBuffer> }).bytes);
