// After `astro build`: nothing yet.
